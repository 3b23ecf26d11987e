using AfterSales.GrainInterfaces.Common;
using System.Text.Json.Serialization;
using AfterSales.GrainInterfaces.Notifications;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A ticket as docs/api.md answers it, with its whole audit trail (R-TKT-12).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TicketView")]
public sealed record TicketView(
    [property: Id(0)] string Id,
    [property: Id(1)] TicketStatus Status,
    [property: Id(2)] IntakeChannel Channel,
    [property: Id(3)] string CustomerId,
    [property: Id(4)] string MachineSerial,
    [property: Id(5)] ProductLine ProductLine,
    [property: Id(6)] string Description,
    [property: Id(7)] TicketCategory? Category,
    [property: Id(8)] bool WarrantySuspected,
    [property: Id(9)] string? EngineerId,
    [property: Id(10)] string? StationId,
    [property: Id(11)] string ReceivedBy,
    [property: Id(12)] DateTimeOffset ReceivedAt,
    [property: Id(13)] DateTimeOffset? FirstContactAt,
    [property: Id(14)] DateTimeOffset? ArrivedAt,
    [property: Id(15)] DateTimeOffset? ResolvedAt,
    [property: Id(16)] DateTimeOffset? ClosedAt,
    [property: Id(17)] bool Escalated,
    [property: Id(18)] EscalationRecord? Escalation,
    [property: Id(19)] IReadOnlyList<PhoneAttemptRecord> PhoneAttempts,
    [property: Id(20)] DispatchRecord? Dispatch,
    [property: Id(21)] SiteFindings? SiteFindings,
    [property: Id(22)] IReadOnlyList<QualityRecord> QualityRecords,
    [property: Id(23)] string? ResolutionSummary,
    [property: Id(24)] ServiceReport? Report,
    [property: Id(25)] IReadOnlyList<ServiceReport> EarlierReports,
    [property: Id(26)] WarrantyCheck Warranty,
    [property: Id(27)] WarrantyParts? WarrantyParts,
    [property: Id(28)] IReadOnlyList<ReplyRecord> Replies,
    [property: Id(29)] IReadOnlyList<ConfirmationRecord> Confirmations,
    [property: Id(30)] int ReopenCount,
    [property: Id(31)] ServiceTimes Times,
    [property: Id(32)] IReadOnlyList<HistoryEntry> History,
    [property: Id(33)] long Version,
    [property: Id(34)] IReadOnlyList<SlaDeadline> Sla,
    [property: Id(35)] CustomerWaitRecord? WaitingOnCustomer,
    [property: Id(36)] IReadOnlyList<OldPart> OldParts,
    [property: Id(37)] int CodeOfConductVersion,
    [property: Id(38)] IReadOnlyList<Attachment> Attachments,
    [property: Id(39), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<NotificationRecord>? Notifications = null,
    [property: Id(40)] TicketContact? Contact = null,
    [property: Id(41), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ArrivalHours = null,
    [property: Id(42), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MaintenanceDue? Maintenance = null,
    [property: Id(43), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CampaignId = null)
{
    /// <summary>
    /// The ticket as <paramref name="by"/> may read it: a reader who may not read the company's internal notes
    /// (<see cref="Access.AccessPolicy.ReadsInternalNotes"/>: a customer) sees its own steps of the history only, and no
    /// manager's review comment on its reports.
    /// </summary>
    public TicketView AsSeenBy(Actor by) => Access.AccessPolicy.ReadsInternalNotes(by)
        ? this
        : this with
        {
            History = [.. History.Where(h => h.Role == by.Role && h.By == by.UserId)],
            Report = Report is null ? null : WithoutReview(Report),
            EarlierReports = [.. EarlierReports.Select(WithoutReview)],
        };

    private static ServiceReport WithoutReview(ServiceReport report) => report with { ReviewComment = null, ReviewedBy = null };
}
