using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Grains.Tickets;

[GenerateSerializer, Alias("AfterSales.TicketDirectoryState")]
public sealed class TicketDirectoryState
{
    [Id(0)] public Dictionary<string, TicketSummary> Tickets { get; set; } = [];
}
