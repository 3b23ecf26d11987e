using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.ReportFiling")]
public sealed record ReportFiling(
    [property: Id(0), ShortText] string ScanRef);
