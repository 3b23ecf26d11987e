namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>Satisfaction of one period (or one engineer or station in it) against the target (R-SAT-2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SatisfactionRow")]
public sealed record SatisfactionRow(
    [property: Id(0)] string Period,
    [property: Id(1)] int Responses,
    [property: Id(2)] int Satisfied,
    [property: Id(3)] double? Rate,
    [property: Id(4)] double Target,
    [property: Id(5)] bool BelowTarget,
    [property: Id(6)] string? Key = null);
