using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.ReportDraft")]
public sealed record ReportDraft(
    [property: Id(0), LongText] string WorkDone,
    [property: Id(1), Items] IReadOnlyList<string> PartsUsed);
