using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Tickets;

[GenerateSerializer, Alias("AfterSales.TicketState")]
public sealed class TicketState : IHasJournal
{
    [Id(0)] public bool Opened { get; set; }

    [Id(1)] public TicketStatus Status { get; set; }

    [Id(2)] public IntakeChannel Channel { get; set; }

    [Id(3)] public string CustomerId { get; set; } = "";

    [Id(4)] public string? CustomerCity { get; set; }

    [Id(5)] public string MachineSerial { get; set; } = "";

    [Id(6)] public ProductLine ProductLine { get; set; }

    [Id(7)] public string? Model { get; set; }

    [Id(8)] public string Description { get; set; } = "";

    [Id(9)] public TicketCategory? Category { get; set; }

    [Id(10)] public bool WarrantySuspected { get; set; }

    [Id(11)] public string? EngineerId { get; set; }

    [Id(12)] public string? EngineerCity { get; set; }

    [Id(13)] public string? StationId { get; set; }

    [Id(14)] public string ReceivedBy { get; set; } = "";

    [Id(15)] public DateTimeOffset ReceivedAt { get; set; }

    [Id(16)] public DateTimeOffset? FirstContactAt { get; set; }

    [Id(17)] public DateTimeOffset? ArrivedAt { get; set; }

    [Id(18)] public DateTimeOffset? ResolvedAt { get; set; }

    [Id(19)] public DateTimeOffset? ClosedAt { get; set; }

    [Id(20)] public List<PhoneAttemptRecord> PhoneAttempts { get; set; } = [];

    /// <summary>R-TKT-4: a phone attempt that did not solve the problem, since the ticket was (re)opened.</summary>
    [Id(21)] public bool PhoneAttemptFailed { get; set; }

    [Id(22)] public DispatchRecord? Dispatch { get; set; }

    [Id(23)] public SiteFindings? SiteFindings { get; set; }

    [Id(24)] public List<QualityRecord> QualityRecords { get; set; } = [];

    [Id(25)] public EscalationRecord? Escalation { get; set; }

    [Id(26)] public string? ResolutionSummary { get; set; }

    [Id(27)] public ServiceReport? Report { get; set; }

    [Id(28)] public List<ServiceReport> EarlierReports { get; set; } = [];

    [Id(29)] public WarrantyCheck Warranty { get; set; } = new(null, null, WarrantyStatus.Unknown);

    [Id(30)] public WarrantyParts? WarrantyParts { get; set; }

    [Id(31)] public List<ReplyRecord> Replies { get; set; } = [];

    [Id(32)] public List<ConfirmationRecord> Confirmations { get; set; } = [];

    [Id(33)] public int ReopenCount { get; set; }

    [Id(34)] public List<HistoryEntry> History { get; set; } = [];

    [Id(35)] public long Version { get; set; }


    /// <summary>The deadlines of every cycle (R-TKT-3, R-TKT-5), as absolute times.</summary>
    [Id(37)] public List<SlaDeadline> Sla { get; set; } = [];

    [Id(38)] public CustomerWaitRecord? Waiting { get; set; }

    /// <summary>The alerts this ticket's breaches raised for the service manager, acknowledged or not (R-TKT-3, R-TKT-5).</summary>
    [Id(39)] public List<SlaAlert> Alerts { get; set; } = [];

    /// <summary>Parts replaced under warranty, expected back at the warehouse (R-WTY-3).</summary>
    [Id(40)] public List<OldPart> OldParts { get; set; } = [];

    /// <summary>The version of the code of conduct in force when the ticket was received, and its numbers (R-DOC-4).</summary>
    [Id(41)] public int CodeVersion { get; set; }

    [Id(42)] public RuleNumbers Numbers { get; set; } = new CodeOfConductSettings().Numbers();

    /// <summary>The customer's region at receipt: where the ticket counts in the reports and the stations' areas.</summary>
    [Id(43)] public string CustomerRegion { get; set; } = "";

    [Id(45)] public int JournalWritten { get; set; }

    /// <summary>The ticket's evidence files (their bytes are in the file store, by SHA-256).</summary>
    [Id(46)] public List<Attachment> Attachments { get; set; } = [];

    /// <summary>Whom to call back and where to go, as taken in (R-TKT-1); null on a ticket taken in before they were asked.</summary>
    [Id(47)] public TicketContact? Contact { get; set; }

    /// <summary>The machine's hours read on arrival (R-MCH-3).</summary>
    [Id(48)] public double? ArrivalHours { get; set; }

    /// <summary>The due point a preventive-maintenance ticket serves (R-PM-2), or the campaign of a campaign ticket (R-CMP-1).</summary>
    [Id(49)] public MaintenanceDue? Maintenance { get; set; }

    [Id(50)] public string? CampaignId { get; set; }

    public IHasJournal WithoutHistory()
    {
        var copy = (TicketState)MemberwiseClone();
        copy.History = [];
        return copy;
    }
}
