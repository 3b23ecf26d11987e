using AfterSales.GrainInterfaces.Access;
using static AfterSales.GrainInterfaces.Tickets.TicketStatus;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// The status machine of a ticket (docs/api.md "Status moves"): from which statuses each command may be run. The ticket
/// grain refuses a command in any other status with the command's rule; a page offers only the commands the
/// status allows. Commands not named here (warranty parts, the customer's waits, old parts) have guards of their own.
/// </summary>
public static class TicketStatusMoves
{
    private static readonly Dictionary<TicketOperation, TicketStatus[]> From = new()
    {
        [TicketOperation.Classify] = [Received, Classified],
        [TicketOperation.Assign] = [Received, Classified, Contacted],
        [TicketOperation.RecordContact] = [Classified],
        [TicketOperation.RecordPhoneAttempt] = [Contacted],
        // An engineer's site requisition is dispatched once classified; a customer's request once contacted (the grain tells them apart).
        [TicketOperation.Dispatch] = [Classified, Contacted],
        [TicketOperation.RecordArrival] = [Dispatched],
        [TicketOperation.RecordSiteFindings] = [OnSite, Escalated],
        [TicketOperation.Escalate] = [OnSite, Escalated],
        [TicketOperation.AnswerEscalation] = [Escalated],
        [TicketOperation.Resolve] = [OnSite, Escalated],
        [TicketOperation.SubmitReport] = [ResolvedByPhone, Resolved],
        [TicketOperation.SignReport] = [ReportSubmitted],
        [TicketOperation.ReviewReport] = [ReportSubmitted],
        [TicketOperation.FileReport] = [ReportApproved],
        [TicketOperation.Confirm] = [ReportFiled],
        [TicketOperation.ReplyToCustomer] = [.. Enum.GetValues<TicketStatus>().Where(s => s != Closed)],
    };

    /// <summary>The statuses the command may be run from; null for a command the status machine does not govern.</summary>
    public static IReadOnlyList<TicketStatus>? Of(TicketOperation operation) => From.GetValueOrDefault(operation);

    public static bool Allows(TicketOperation operation, TicketStatus status) => Of(operation)?.Contains(status) ?? true;
}
