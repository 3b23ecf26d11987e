using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>
/// What a ticket tells the reports about itself, as of its <see cref="Version"/>: times, breaches, who served it
/// and where. An aggregate keeps only the newest version per ticket, so a fact sent twice counts once.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TicketFacts")]
public sealed record TicketFacts(
    [property: Id(0)] string TicketId,
    [property: Id(1)] long Version,
    [property: Id(2)] DateTimeOffset ReceivedAt,
    [property: Id(3)] string Region,
    [property: Id(4)] ProductLine ProductLine,
    [property: Id(5)] string CustomerId,
    [property: Id(6)] string? EngineerId,
    [property: Id(7)] string? StationId,
    [property: Id(8)] double? FirstResponseHours,
    [property: Id(9)] double? TimeToSiteHours,
    [property: Id(10)] double? ResolutionHours,
    [property: Id(11)] int Breaches,
    [property: Id(12)] bool Closed);
