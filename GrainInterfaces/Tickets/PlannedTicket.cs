using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// A ticket the service raises itself for a machine: preventive maintenance (R-PM-2, R-PM-3) or a campaign (R-CMP-1).
/// It is taken in already classified (<c>Maintenance</c> or <c>Campaign</c>) and dispatched without a phone attempt. The
/// machine, which raises it, says what the ticket would otherwise ask it (it waits for the answer).
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.PlannedTicket")]
public sealed record PlannedTicket(
    [property: Id(0)] IntakeChannel Channel,
    [property: Id(1)] string MachineSerial,
    [property: Id(2)] string Description,
    [property: Id(3)] string CustomerId,
    [property: Id(4)] ProductLine ProductLine,
    [property: Id(5)] string Model,
    [property: Id(6)] WarrantyCheck Warranty,
    [property: Id(7)] MaintenanceDue? Maintenance = null,
    [property: Id(8)] string? CampaignId = null);
