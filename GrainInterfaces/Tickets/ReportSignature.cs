namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.ReportSignature")]
public sealed record ReportSignature(
    [property: Id(0)] string? SignedBy = null,
    [property: Id(1)] bool Refused = false,
    [property: Id(2)] string? Reason = null,
    [property: Id(3)] int? Rating = null);
