using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.Classification")]
public sealed record Classification(
    [property: Id(0)] TicketCategory Category,
    [property: Id(1)] bool WarrantySuspected = false);
