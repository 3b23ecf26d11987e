namespace AfterSales.GrainInterfaces.Engineers;

[GenerateSerializer, Immutable, Alias("AfterSales.Sanction")]
public sealed record Sanction(
    [property: Id(0)] SanctionKind Kind,
    [property: Id(1)] string Reason,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] DateTimeOffset? LiftedAt = null,
    [property: Id(5)] string? LiftedBy = null);
