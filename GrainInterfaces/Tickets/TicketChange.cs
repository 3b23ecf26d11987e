namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>That a ticket was written: its new version and status, and who acted (no more of the ticket than that).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TicketChange")]
public sealed record TicketChange(
    [property: Id(0)] string TicketId,
    [property: Id(1)] long Version,
    [property: Id(2)] TicketStatus Status,
    [property: Id(3)] string? By);
