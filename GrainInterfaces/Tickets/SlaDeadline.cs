namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// One deadline of a ticket, stored as an absolute time and counted on the business calendar. A reopened ticket
/// starts a new cycle. <see cref="PausedBusinessTime"/> is the business time spent waiting on the customer, which
/// moves the deadline; <see cref="OverdueHours"/> the business hours by which a breached deadline was (or is being) missed.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SlaDeadline")]
public sealed record SlaDeadline(
    [property: Id(0)] SlaKind Kind,
    [property: Id(1)] int Cycle,
    [property: Id(2)] DateTimeOffset StartedAt,
    [property: Id(3)] double TargetHours,
    [property: Id(4)] DateTimeOffset DueAt,
    [property: Id(5)] SlaState State,
    [property: Id(6)] DateTimeOffset? PausedAt,
    [property: Id(7)] TimeSpan PausedBusinessTime,
    [property: Id(8)] DateTimeOffset? MetAt = null,
    [property: Id(9)] DateTimeOffset? BreachedAt = null,
    [property: Id(10)] double? OverdueHours = null)
{
    public bool Pending => State is SlaState.Running or SlaState.Paused;
}
