using AfterSales.GrainInterfaces.Stations;

namespace AfterSales.Grains.Stations;

[GenerateSerializer, Alias("AfterSales.StationCoverageState")]
public sealed class StationCoverageState
{
    [Id(0)] public List<CoverageClaim> Claims { get; set; } = [];
}
