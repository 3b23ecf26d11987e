using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// What the read models hold of one ticket as of its version: its line in the lists, its facts for the
/// response-time reports, its satisfaction responses, its old parts and its SLA alerts.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TicketProjection")]
public sealed record TicketProjection(
    [property: Id(0)] TicketSummary Summary,
    [property: Id(1)] TicketFacts Facts,
    [property: Id(2)] IReadOnlyList<SatisfactionResponse> Responses,
    [property: Id(3)] IReadOnlyList<OldPart> OldParts,
    [property: Id(4)] IReadOnlyList<SlaAlert> Alerts);
