using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using static AfterSales.GrainInterfaces.Access.TicketOperation;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// What a ticket waits for: the commands that make sense on it now (the status machine allows them and what the ticket
/// holds does not make them pointless: no warranty-parts decision without a request), and the one or two of them its
/// way through the code of conduct expects next. A page leads with the caller's next steps, as the access policy lets
/// the caller run them, and folds the rest away. The grain still decides: this only says what to offer.
/// </summary>
public static class TicketNextSteps
{
    /// <summary>Whether the command makes sense on the ticket now (its status allows it, and it has something to act on).</summary>
    public static bool Applies(TicketOperation operation, TicketView ticket) =>
        TicketStatusMoves.Allows(operation, ticket.Status) && operation switch
        {
            // R-TKT-3: the responsible engineer makes the contact.
            RecordContact => ticket.EngineerId is not null,

            // R-TKT-4: a site dispatch after a phone attempt that did not solve it (a site requisition comes from a site already).
            Dispatch => ticket.Channel.SiteWork() || PhoneAttemptFailed(ticket),

            // R-TKT-6/7: resolved once the findings are recorded and no escalation waits for its answer.
            Resolve => ticket.SiteFindings is not null && !WaitsForAnswer(ticket),
            Escalate => !WaitsForAnswer(ticket),
            AnswerEscalation => WaitsForAnswer(ticket),

            // R-TKT-9/10: a site report is signed once, and approved once it is signed or disputed.
            SignReport => ticket.Report is { Kind: ReportKind.Site, Signature: SignatureState.Unsigned },
            ReviewReport => ticket.Report is { Review: ReviewState.Pending } r && (r.Kind == ReportKind.Phone || r.Signature != SignatureState.Unsigned),

            // R-WTY-1/2: parts are asked for after the phone check, decided while asked for, applied for once approved.
            RequestWarrantyParts => ticket.FirstContactAt is not null && ticket.Status != TicketStatus.Closed
                && ticket.WarrantyParts is null or { State: WarrantyPartsState.Rejected },
            DecideWarrantyParts => ticket.WarrantyParts is { State: WarrantyPartsState.PendingApproval },
            ApplyForWarrantyParts => ticket.WarrantyParts is { State: WarrantyPartsState.Approved },

            StartCustomerWait => ticket.Status != TicketStatus.Closed && ticket.WaitingOnCustomer is null,
            EndCustomerWait => ticket.WaitingOnCustomer is not null,
            _ => true,
        };

    /// <summary>The commands the ticket's way expects next, whoever runs them, most pressing first.</summary>
    public static IReadOnlyList<TicketOperation> Expected(TicketView ticket)
    {
        // A warranty-parts request waits for its decision, an approved one for its application, whatever the status.
        TicketOperation[] parts = ticket.WarrantyParts?.State switch
        {
            WarrantyPartsState.PendingApproval => [DecideWarrantyParts],
            WarrantyPartsState.Approved => [ApplyForWarrantyParts],
            _ => [],
        };
        TicketOperation[] status = ticket.Status switch
        {
            TicketStatus.Received => [Classify],
            TicketStatus.Classified when ticket.EngineerId is null => [Assign],
            TicketStatus.Classified when ticket.Channel.SiteWork() => [Dispatch],
            TicketStatus.Classified => [RecordContact],
            TicketStatus.Contacted => PhoneAttemptFailed(ticket) ? [Dispatch] : [RecordPhoneAttempt],
            TicketStatus.Dispatched => [RecordArrival],
            TicketStatus.OnSite or TicketStatus.Escalated when WaitsForAnswer(ticket) => [AnswerEscalation],
            TicketStatus.OnSite or TicketStatus.Escalated => ticket.SiteFindings is null ? [RecordSiteFindings, Escalate] : [Resolve, Escalate],
            TicketStatus.ResolvedByPhone or TicketStatus.Resolved => [SubmitReport],
            TicketStatus.ReportSubmitted => ticket.Report is { Kind: ReportKind.Site, Signature: SignatureState.Unsigned } ? [SignReport] : [ReviewReport],
            TicketStatus.ReportApproved => [FileReport],
            // R-TKT-11: the assistant replies to the customer on the filed report; the customer confirms.
            TicketStatus.ReportFiled => ticket.Replies.Any(r => r.At >= ticket.Report?.FiledAt) ? [Confirm] : [ReplyToCustomer, Confirm],
            _ => [],
        };
        return [.. parts.Concat(status).Where(o => Applies(o, ticket))];
    }

    /// <summary>
    /// The caller's next steps on the ticket: at most two of the expected commands, those the access policy lets the
    /// caller run, the ones fewest roles may run first (the service manager, who may run every command, sees its own
    /// dispatch or decision before the desk's or the engineer's step).
    /// </summary>
    public static IReadOnlyList<TicketOperation> For(Actor by, TicketView ticket)
    {
        var owner = new Owner(ticket.CustomerId, ticket.StationId, ticket.EngineerId);
        return [.. Expected(ticket).Where(o => AccessPolicy.Allows(by, o, owner)).OrderBy(o => AccessPolicy.Of(o).Roles.Count).Take(2)];
    }

    /// <summary>R-TKT-4: a phone attempt of this round did not solve it (a "not solved" confirmation starts a new round at the phone).</summary>
    private static bool PhoneAttemptFailed(TicketView ticket)
    {
        var round = ticket.Confirmations.LastOrDefault(c => !c.Solved)?.At ?? DateTimeOffset.MinValue;
        return ticket.PhoneAttempts.Any(a => !a.Solved && a.At > round);
    }

    private static bool WaitsForAnswer(TicketView ticket) => ticket.Escalation is { Answer: null };
}
