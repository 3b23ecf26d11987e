namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>An escalation to the service manager and the technical department (R-TKT-7).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.EscalationRecord")]
public sealed record EscalationRecord(
    [property: Id(0)] string Reason,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Answer,
    [property: Id(4)] string? AnsweredBy,
    [property: Id(5)] DateTimeOffset? AnsweredAt);
