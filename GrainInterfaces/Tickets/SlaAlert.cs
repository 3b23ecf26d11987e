namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>An alert for the service manager: a deadline of a ticket was breached. One per deadline and cycle.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SlaAlert")]
public sealed record SlaAlert(
    [property: Id(0)] string Id,
    [property: Id(1)] string TicketId,
    [property: Id(2)] SlaKind Kind,
    [property: Id(3)] int Cycle,
    [property: Id(4)] DateTimeOffset DueAt,
    [property: Id(5)] DateTimeOffset RaisedAt,
    [property: Id(6)] string CustomerId,
    [property: Id(7)] string? EngineerId,
    [property: Id(8)] string? StationId,
    [property: Id(9)] string? AcknowledgedBy = null,
    [property: Id(10)] DateTimeOffset? AcknowledgedAt = null)
{
    public static string IdOf(string ticketId, SlaKind kind, int cycle) => $"{ticketId}:{kind}:{cycle}";
}
