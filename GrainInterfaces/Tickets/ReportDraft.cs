namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.ReportDraft")]
public sealed record ReportDraft(
    [property: Id(0)] string WorkDone,
    [property: Id(1)] IReadOnlyList<string> PartsUsed);
