namespace AfterSales.GrainInterfaces.Common;

/// <summary>One line of an audit trail: who (with role), what and when (R-TKT-12).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.HistoryEntry")]
public sealed record HistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] Role Role,
    [property: Id(3)] string Action,
    [property: Id(4)] string? Detail);
