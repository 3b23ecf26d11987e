using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.CodeOfConduct;

/// <summary>A change of the code's text that a version carries: what, from, to, by which application.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TextAmendment")]
public sealed record TextAmendment(
    [property: Id(0), Identifier] string ChangeId,
    [property: Id(1), LongText] string What,
    [property: Id(2), LongText] string Original,
    [property: Id(3), LongText] string Revised);
