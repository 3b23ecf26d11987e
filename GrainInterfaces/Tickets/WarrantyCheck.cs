namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>The warranty of the machine at receipt (R-WTY-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.WarrantyCheck")]
public sealed record WarrantyCheck(
    [property: Id(0)] DateOnly? CommissionedOn,
    [property: Id(1)] DateOnly? ExpiresOn,
    [property: Id(2)] WarrantyStatus Status);
