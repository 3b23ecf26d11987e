using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Grains.Tickets;

[GenerateSerializer, Alias("AfterSales.AlertInboxState")]
public sealed class AlertInboxState
{
    [Id(0)] public Dictionary<string, SlaAlert> Alerts { get; set; } = [];
}
