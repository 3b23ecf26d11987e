namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.WarrantyPartsRequest")]
public sealed record WarrantyPartsRequest(
    [property: Id(0)] IReadOnlyList<PartLine> Parts);
