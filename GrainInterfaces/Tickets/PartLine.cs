namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.PartLine")]
public sealed record PartLine(
    [property: Id(0)] string PartNo,
    [property: Id(1)] int Quantity);
