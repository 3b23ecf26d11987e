using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Reporting;

[GenerateSerializer, Alias("AfterSales.SurveyState")]
public sealed class SurveyState
{
    [Id(0)] public SatisfactionResponse? Response { get; set; }

    [Id(1)] public string? Comment { get; set; }

    [Id(2)] public string RecordedBy { get; set; } = "";

    [Id(3)] public long OutboxVersion { get; set; }
}
