namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>One of the two copies of a service report and who holds it (R-TKT-8).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ReportCopy")]
public sealed record ReportCopy(
    [property: Id(0)] CopyKind Kind,
    [property: Id(1)] Custodian Custodian,
    [property: Id(2)] DateTimeOffset Since);
