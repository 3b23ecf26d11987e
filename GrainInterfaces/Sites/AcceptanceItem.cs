using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Sites;

/// <summary>One item of the GB acceptance checklist of a plant (R-INS-3).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.AcceptanceItem")]
public sealed record AcceptanceItem(
    [property: Id(0), ShortText] string Item,
    [property: Id(1)] bool Passed);
