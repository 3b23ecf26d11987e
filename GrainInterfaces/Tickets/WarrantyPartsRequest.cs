using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.WarrantyPartsRequest")]
public sealed record WarrantyPartsRequest(
    [property: Id(0), Items] IReadOnlyList<PartLine> Parts);
