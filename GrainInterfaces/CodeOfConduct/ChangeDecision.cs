using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.CodeOfConduct;

/// <summary>Approval (signature, implementation date) or rejection (signature, reasons) of a change (R-DOC-3).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ChangeDecision")]
public sealed record ChangeDecision(
    [property: Id(0)] bool Approved,
    [property: Id(1), ShortText] string SignedBy,
    [property: Id(2), ApiDate] DateOnly? ImplementationDate = null,
    [property: Id(3), LongText] string? Reasons = null);
