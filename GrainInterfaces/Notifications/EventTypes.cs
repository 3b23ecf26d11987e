namespace AfterSales.GrainInterfaces.Notifications;

/// <summary>The events of docs/api.md "Notifications and webhooks", by their names on the wire.</summary>
public static class EventTypes
{
    public const string Received = "ticket.received";
    public const string Classified = "ticket.classified";
    public const string Assigned = "ticket.assigned";
    public const string Dispatched = "ticket.dispatched";
    public const string Arrived = "ticket.arrived";
    public const string ReportSubmitted = "ticket.report-submitted";
    public const string ReportSigned = "ticket.report-signed";
    public const string ReportDisputed = "ticket.report-disputed";
    public const string Approved = "ticket.approved";
    public const string Filed = "ticket.filed";
    public const string ReplySent = "ticket.reply-sent";
    public const string Closed = "ticket.closed";
    public const string Reopened = "ticket.reopened";
    public const string NearBreach = "sla.near-breach";
    public const string Breached = "sla.breached";
    public const string OldPartOverdue = "old-part.overdue";

    /// <summary>The service managers' daily mail of the open alerts (not a webhook event).</summary>
    public const string AlertsDigest = "alerts.digest";

    /// <summary>A new account's invitation link, mailed to the person (not a webhook event: it carries a secret).</summary>
    public const string AccountInvitation = "account.invitation";

    /// <summary>A reset link asked for with "forgot password", mailed to the person (not a webhook event either).</summary>
    public const string AccountReset = "account.reset";

    public static readonly IReadOnlyList<string> All =
    [
        Received, Classified, Assigned, Dispatched, Arrived, ReportSubmitted, ReportSigned, ReportDisputed, Approved, Filed,
        ReplySent, Closed, Reopened, NearBreach, Breached, OldPartOverdue,
    ];
}
