using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Stations;

/// <summary>The signed agent agreement of an authorized service station: its area and validity (R-STN-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.StationAgreement")]
public sealed record StationAgreement(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<string> Regions,
    [property: Id(2)] IReadOnlyList<ProductLine> ProductLines,
    [property: Id(3)] DateOnly ValidFrom,
    [property: Id(4)] DateOnly ValidTo);
