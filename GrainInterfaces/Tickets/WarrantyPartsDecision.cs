using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.WarrantyPartsDecision")]
public sealed record WarrantyPartsDecision(
    [property: Id(0)] bool Approved,
    [property: Id(1), LongText] string? Comment = null);
