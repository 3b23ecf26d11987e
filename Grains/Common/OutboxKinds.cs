namespace AfterSales.Grains.Common;

/// <summary>The kinds of outbox messages, one per owner of a projection.</summary>
public static class OutboxKinds
{
    /// <summary>A <c>TicketProjection</c>.</summary>
    public const string Ticket = "ticket";

    /// <summary>A <c>SatisfactionProjection</c>: the quality visits of an engineer, or one survey.</summary>
    public const string Satisfaction = "satisfaction";

    /// <summary>A <c>DirectoryProjection</c> of a customer.</summary>
    public const string Customer = "customer";

    /// <summary>A <c>DirectoryProjection</c> of an engineer.</summary>
    public const string Engineer = "engineer";

    /// <summary>A <c>DirectoryProjection</c> of a service station.</summary>
    public const string Station = "station";

    /// <summary>A <c>DirectoryProjection</c> of an installation site.</summary>
    public const string Site = "site";

    /// <summary>A <c>NotificationEvent</c>: what subscribers hear, once by its id (no newer version replaces it).</summary>
    public const string Event = "event";

    /// <summary>A <c>UserView</c> of a person's account.</summary>
    public const string User = "user";

    /// <summary>An <c>AccountHistoryLine</c>: one line of an account's history, kept once by its number.</summary>
    public const string AccountHistory = "account-history";

    /// <summary>A <c>MachineProjection</c>: the machine list's line and when the maintenance watch wakes it.</summary>
    public const string Machine = "machine";

    /// <summary>A <c>MachineReading</c>: one reading of the hours (or a correction), kept once by its number.</summary>
    public const string MachineReading = "machine-reading";

    /// <summary>A <c>MaintenancePlanView</c>: a line's plan changed, its machines plan again.</summary>
    public const string MaintenancePlan = "maintenance-plan";

    /// <summary>A <c>CampaignView</c>: a campaign and what it reaches, for its enrolment and lists.</summary>
    public const string Campaign = "campaign";

    /// <summary>The kinds the directory read model holds (lists of master data).</summary>
    public static readonly IReadOnlySet<string> Directory = new HashSet<string> { Customer, Engineer, Station, Site };
}
