using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.GrainInterfaces.Machines;

/// <summary>
/// A machine as docs/api.md "Machines" answers it; <see cref="TicketIds"/> come from the ticket read model (the API
/// fills them), <see cref="CampaignIds"/> are the campaigns it is in.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MachineView")]
public sealed record MachineView(
    [property: Id(0)] string Serial,
    [property: Id(1)] ProductLine ProductLine,
    [property: Id(2)] string Model,
    [property: Id(3)] string CustomerId,
    [property: Id(4)] string? SiteId,
    [property: Id(5)] DateOnly? DeliveredOn,
    [property: Id(6)] DateOnly? CommissionedOn,
    [property: Id(7)] MachineHours? Hours,
    [property: Id(8)] double? AverageHoursPerDay,
    [property: Id(9)] WarrantyCheck Warranty,
    [property: Id(10)] IReadOnlyList<MaintenanceLine> Maintenance,
    [property: Id(11)] IReadOnlyList<string> TicketIds,
    [property: Id(12)] IReadOnlyList<string> CampaignIds,
    [property: Id(13)] IReadOnlyList<OwnerRecord> Owners,
    [property: Id(14)] string? StationId,
    [property: Id(15)] string? Region,
    [property: Id(16)] long Version);

/// <summary>A task of the machine's maintenance plan and where it stands (R-PM-1, R-PM-2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MaintenanceLine")]
public sealed record MaintenanceLine(
    [property: Id(0)] string Task,
    [property: Id(1)] string? Name,
    [property: Id(2)] DateOnly? DueOn,
    [property: Id(3)] double? DueAtHours,
    [property: Id(4)] MaintenanceState State,
    [property: Id(5)] string? TicketId = null,
    [property: Id(6)] DateOnly? CompletedOn = null);

public enum MaintenanceState
{
    Planned,
    Due,
    Overdue,
    Done,
}

/// <summary>A machine in a list (docs/api.md "Lists"): who owns it, where, its hours and whether maintenance is due.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MachineSummary")]
public sealed record MachineSummary(
    [property: Id(0)] string Serial,
    [property: Id(1)] ProductLine ProductLine,
    [property: Id(2)] string Model,
    [property: Id(3)] string CustomerId,
    [property: Id(4)] string? StationId,
    [property: Id(5)] string? Region,
    [property: Id(6)] DateOnly? CommissionedOn,
    [property: Id(7)] MachineHours? Hours,
    [property: Id(8)] bool MaintenanceDue,
    [property: Id(9)] WarrantyState Warranty);

/// <summary>What a ticket learns of its machine at receipt (R-TKT-1, R-WTY-4).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MachineAtReceipt")]
public sealed record MachineAtReceipt(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] ProductLine ProductLine,
    [property: Id(2)] string Model,
    [property: Id(3)] WarrantyCheck Warranty,
    [property: Id(4)] bool HasReading);

/// <summary>A preventive-maintenance or campaign ticket's report was filed (R-PM-2, R-CMP-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.PlannedWorkDone")]
public sealed record PlannedWorkDone(
    [property: Id(0)] string TicketId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] MaintenanceDue? Maintenance,
    [property: Id(3)] string? CampaignId);

/// <summary>The machine is in the campaign (R-CMP-1): what its campaign ticket says.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CampaignEnrolment")]
public sealed record CampaignEnrolment(
    [property: Id(0)] string CampaignId,
    [property: Id(1)] string Title,
    [property: Id(2)] CampaignKind Kind,
    [property: Id(3)] IReadOnlyList<string> Parts,
    [property: Id(4)] DateOnly DueBy);

/// <summary>What a service campaign does (R-CMP-1).</summary>
public enum CampaignKind
{
    Retrofit,
    Inspection,
    Recall,
}
