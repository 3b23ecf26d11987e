namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>The satisfaction responses one owner (an engineer's quality visits, a survey) counts as of its version.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SatisfactionProjection")]
public sealed record SatisfactionProjection([property: Id(0)] IReadOnlyList<SatisfactionResponse> Responses);
