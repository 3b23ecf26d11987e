namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>An old part not back at the warehouse in time (R-WTY-3), for the dashboard.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.OverdueOldPart")]
public sealed record OverdueOldPart(
    [property: Id(0)] string TicketId,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string? EngineerId,
    [property: Id(3)] string PartNo,
    [property: Id(4)] int Quantity,
    [property: Id(5)] DateTimeOffset DueAt,
    [property: Id(6)] int DaysOverdue);
