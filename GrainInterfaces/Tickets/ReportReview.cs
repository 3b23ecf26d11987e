using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.ReportReview")]
public sealed record ReportReview(
    [property: Id(0)] bool Approved,
    [property: Id(1), LongText] string? Comment = null);
