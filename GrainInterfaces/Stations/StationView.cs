using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Stations;

[GenerateSerializer, Immutable, Alias("AfterSales.StationView")]
public sealed record StationView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> Regions,
    [property: Id(3)] IReadOnlyList<ProductLine> ProductLines,
    [property: Id(4)] DateOnly ValidFrom,
    [property: Id(5)] DateOnly ValidTo,
    [property: Id(6)] string RegisteredBy,
    [property: Id(7)] DateTimeOffset RegisteredAt);
