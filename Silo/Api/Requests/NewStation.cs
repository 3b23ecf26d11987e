using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Api.Requests;

public sealed record NewStation(
    string Id,
    string Name,
    IReadOnlyList<string> Regions,
    IReadOnlyList<ProductLine> ProductLines,
    DateOnly ValidFrom,
    DateOnly ValidTo);
