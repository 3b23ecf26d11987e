using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Api.Requests;

public sealed record NewStation(
    [property: Identifier] string Id,
    [property: ShortText] string Name,
    [property: Items] IReadOnlyList<string> Regions,
    [property: Items] IReadOnlyList<ProductLine> ProductLines,
    [property: ApiDate] DateOnly ValidFrom,
    [property: ApiDate] DateOnly ValidTo);
