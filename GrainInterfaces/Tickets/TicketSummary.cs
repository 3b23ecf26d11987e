using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A ticket in a list; <see cref="Place"/> is where to go: the site's address taken in, else the customer's city (R-TKT-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TicketSummary")]
public sealed record TicketSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] TicketStatus Status,
    [property: Id(2)] IntakeChannel Channel,
    [property: Id(3)] string CustomerId,
    [property: Id(4)] string MachineSerial,
    [property: Id(5)] ProductLine ProductLine,
    [property: Id(6)] TicketCategory? Category,
    [property: Id(7)] string? EngineerId,
    [property: Id(8)] string? StationId,
    [property: Id(9)] DateTimeOffset ReceivedAt,
    [property: Id(10)] long Version,
    [property: Id(11)] bool Breached = false,
    [property: Id(12)] DateTimeOffset? SlaDueAt = null,
    [property: Id(13)] IReadOnlyList<OldPart>? OutstandingOldParts = null,
    [property: Id(14)] string? Region = null,
    [property: Id(15)] string? Place = null,
    [property: Id(16)] string? CampaignId = null,
    [property: Id(17)] MaintenanceDue? Maintenance = null);
