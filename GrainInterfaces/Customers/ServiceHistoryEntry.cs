namespace AfterSales.GrainInterfaces.Customers;

/// <summary>One ticket in a machine's service history.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ServiceHistoryEntry")]
public sealed record ServiceHistoryEntry(
    [property: Id(0)] string TicketId,
    [property: Id(1)] DateTimeOffset ReceivedAt);
