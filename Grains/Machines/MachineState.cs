using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Maintenance;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using System.Text.Json.Serialization;

namespace AfterSales.Grains.Machines;

/// <summary>
/// A machine's state: what it is, whose, where, its newest reading and the few anchors of its use over 90 days, and where
/// its plan and campaigns stand. Its readings themselves are in their own table (sent through the outbox).
/// </summary>
[GenerateSerializer, Alias("AfterSales.MachineState")]
public sealed class MachineState
{
    [Id(0)] public bool Registered { get; set; }

    [Id(1)] public ProductLine ProductLine { get; set; }

    [Id(2), JsonConverter(typeof(InternedString))] public string Model { get; set; } = "";

    [Id(3), JsonConverter(typeof(InternedString))] public string CustomerId { get; set; } = "";

    [Id(4)] public List<OwnerRecord> Owners { get; set; } = [];

    [Id(5), JsonConverter(typeof(InternedString))] public string? SiteId { get; set; }

    [Id(6)] public DateOnly? DeliveredOn { get; set; }

    [Id(7)] public DateOnly? CommissionedOn { get; set; }

    /// <summary>When it was registered here; null for a machine taken over from its customer's records.</summary>
    [Id(8)] public DateTimeOffset? RegisteredAt { get; set; }

    /// <summary>The station of its owner's area and line (R-STN-1), and that area's region.</summary>
    [Id(9), JsonConverter(typeof(InternedString))] public string? StationId { get; set; }

    [Id(10), JsonConverter(typeof(InternedString))] public string? Region { get; set; }

    /// <summary>The newest reading by the time it was read (R-MCH-2), and the number of the last reading written.</summary>
    [Id(11)] public MachineHours? Hours { get; set; }

    [Id(12)] public long ReadingSeq { get; set; }

    /// <summary>A reading about every fortnight of the last 90 days (and the one before): the average use per day, bounded.</summary>
    [Id(13)] public List<HoursAnchor> Anchors { get; set; } = [];

    /// <summary>Readings written by the command under way, sent to the readings table with the state and then cleared.</summary>
    [Id(14)] public List<MachineReading> Unsent { get; set; } = [];

    /// <summary>The customer whose machine list holds the machine as it is now (told after each write).</summary>
    [Id(15), JsonConverter(typeof(InternedString))] public string? ListedWith { get; set; }

    [Id(16)] public long Version { get; set; }

    /// <summary>The plan's tasks as last read for this line and model (R-PM-1), and the plan's version.</summary>
    [Id(17)] public List<MaintenanceTask> PlanTasks { get; set; } = [];

    [Id(18)] public long PlanVersion { get; set; }

    /// <summary>Each task's last completion and its open ticket (R-PM-1, R-PM-2).</summary>
    [Id(19)] public List<TaskProgress> Tasks { get; set; } = [];

    /// <summary>R-PM-3: the first visit raised (its ticket), or not needed (a machine that had service, or came too late).</summary>
    [Id(20)] public string? FirstVisitTicketId { get; set; }

    [Id(21)] public bool FirstVisitSettled { get; set; }

    /// <summary>The campaigns the machine is in and their tickets (R-CMP-1).</summary>
    [Id(22)] public List<CampaignTicket> Campaigns { get; set; } = [];

    /// <summary>When the maintenance watch should wake it next (R-PM-2, R-PM-3); null when nothing is planned.</summary>
    [Id(23)] public DateTimeOffset? NextWakeAt { get; set; }

    /// <summary>The commissioning date at <see cref="SiteId"/>: a later commissioning elsewhere moves the machine's site.</summary>
    [Id(24)] public DateOnly? SiteSince { get; set; }

    /// <summary>When the plan was last read from the line's plan grain (R-PM-1); null: never, read at the next planning.</summary>
    [Id(30)] public DateTimeOffset? PlanReadAt { get; set; }

    /// <summary>R-PM-3: the day the first visit's report was filed.</summary>
    [Id(31)] public DateOnly? FirstVisitDoneOn { get; set; }
}

/// <summary>A reading kept for the average use (a value, not an object each: a machine holds a few of them all its life).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.HoursAnchor")]
public readonly record struct HoursAnchor([property: Id(0)] DateTimeOffset ReadAt, [property: Id(1)] double Hours);

/// <summary>Where a task of the plan stands on this machine (R-PM-1, R-PM-2).</summary>
[GenerateSerializer, Alias("AfterSales.TaskProgress")]
public sealed record TaskProgress(
    [property: Id(0)] string Task,
    [property: Id(1)] int Completions,
    [property: Id(2)] DateOnly? CompletedOn,
    [property: Id(3)] double? CompletedAtHours,
    [property: Id(4)] string? OpenTicketId,
    [property: Id(5)] MaintenanceDue? OpenDue);

/// <summary>The machine's ticket of a campaign and whether it is done (R-CMP-1).</summary>
[GenerateSerializer, Alias("AfterSales.CampaignTicket")]
public sealed record CampaignTicket(
    [property: Id(0)] string CampaignId,
    [property: Id(1)] string TicketId,
    [property: Id(2)] bool Done);
