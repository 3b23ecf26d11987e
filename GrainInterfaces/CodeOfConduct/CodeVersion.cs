namespace AfterSales.GrainInterfaces.CodeOfConduct;

/// <summary>A numbered version of the code of conduct (R-DOC-1), in force from its implementation date (R-DOC-4).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CodeVersion")]
public sealed record CodeVersion(
    [property: Id(0)] int Number,
    [property: Id(1)] DateOnly EffectiveFrom,
    [property: Id(2)] RuleNumbers Numbers,
    [property: Id(3)] IReadOnlyList<TextAmendment> Amendments,
    [property: Id(4)] string? FromChangeId);
