using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Grains.Reporting;

[GenerateSerializer, Alias("AfterSales.ResponseTimesState")]
public sealed class ResponseTimesState
{
    /// <summary>The newest facts per ticket received in the period.</summary>
    [Id(0)] public Dictionary<string, TicketFacts> Tickets { get; set; } = [];
}
