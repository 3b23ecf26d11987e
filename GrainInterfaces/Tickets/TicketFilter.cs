using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// Which tickets a list shows (the ticket read model); every filter left null matches all. <see cref="Assigned"/>:
/// whether an engineer is responsible; <see cref="SlaDueBefore"/>: a running deadline (R-TKT-3, R-TKT-5) falls due
/// before then; <see cref="Closed"/>: closed or still open; <see cref="Planned"/>: raised by the service from a maintenance
/// plan or a campaign (R-PM-2, R-CMP-1), or taken in.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TicketFilter")]
public sealed record TicketFilter(
    [property: Id(0)] TicketStatus? Status = null,
    [property: Id(1)] string? EngineerId = null,
    [property: Id(2)] string? CustomerId = null,
    [property: Id(3)] string? StationId = null,
    [property: Id(4)] bool? Breached = null,
    [property: Id(8)] string? Region = null,
    [property: Id(9)] ProductLine? ProductLine = null,
    [property: Id(10)] DateTimeOffset? ReceivedFrom = null,
    [property: Id(11)] DateTimeOffset? ReceivedBefore = null,
    [property: Id(12)] bool? Assigned = null,
    [property: Id(13)] DateTimeOffset? SlaDueBefore = null,
    [property: Id(14)] bool? Closed = null,
    [property: Id(15)] bool? Planned = null);
