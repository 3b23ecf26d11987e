using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Grains.Reporting;

[GenerateSerializer, Alias("AfterSales.SatisfactionMonthState")]
public sealed class SatisfactionMonthState
{
    [Id(0)] public Dictionary<string, SatisfactionResponse> Responses { get; set; } = [];
}
