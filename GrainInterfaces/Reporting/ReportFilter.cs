using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Reporting;

[GenerateSerializer, Immutable, Alias("AfterSales.ReportFilter")]
public sealed record ReportFilter(
    [property: Id(0)] string? Region = null,
    [property: Id(1)] string? StationId = null,
    [property: Id(2)] string? EngineerId = null,
    [property: Id(3)] ProductLine? ProductLine = null)
{
    public bool Matches(string? region, string? stationId, string? engineerId, ProductLine? productLine) =>
        (Region is null || string.Equals(Region, region, StringComparison.OrdinalIgnoreCase))
        && (StationId is null || StationId == stationId)
        && (EngineerId is null || EngineerId == engineerId)
        && (ProductLine is null || ProductLine == productLine);
}
