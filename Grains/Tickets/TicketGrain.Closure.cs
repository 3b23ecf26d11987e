using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Tickets;

/// <summary>Following the case until the customer is satisfied: reply, confirmation, reopen (R-TKT-11).</summary>
public sealed partial class TicketGrain
{
    public Task<TicketView> ReplyToCustomer(Command<CustomerReply> command) =>
        Execute(command, TicketOperation.ReplyToCustomer, now =>
        {
            if (S.Status == TicketStatus.Closed)
            {
                throw new RuleViolationException("R-TKT-11", Sentence.Of("refusal.ticket.closed", "R-TKT-11: the ticket is closed."));
            }

            var message = Text.Required(command.Body.Message, "message", "R-TKT-11");
            S.Replies.Add(new ReplyRecord(message, command.By.UserId, now));
            return Sentence.Of("history.ticket.replied", $"replied to the customer: {message}");
        });

    // R-TKT-11: closed only after an approved, filed report and the customer's confirmation; "not solved" reopens.
    public Task<TicketView> Confirm(Command<Confirmation> command) =>
        Execute(command, TicketOperation.Confirm, now =>
        {
            RequireStatus(TicketOperation.Confirm, "R-TKT-11", "Confirmation");
            var c = command.Body;
            if (c.Rating is < 1 or > 5)
            {
                throw new InvalidInputException("R-SAT-2", "rating", Sentence.Of("refusal.ticket.rating", "R-SAT-2: a rating is 1 to 5."));
            }

            S.Confirmations.Add(new ConfirmationRecord(c.Solved, c.Rating, c.Comment, command.By.UserId, command.By.Role, now));
            if (c.Solved)
            {
                S.ClosedAt = now;
                S.Status = TicketStatus.Closed;
                return c.Rating is { } rated
                    ? Sentence.Of("history.ticket.confirmed-solved-rated", $"customer confirmed solved, rated {rated}/5; closed")
                    : Sentence.Of("history.ticket.confirmed-solved", "customer confirmed solved; closed");
            }

            Reopen(now);
            return c.Rating is { } r
                ? Sentence.Of("history.ticket.not-solved-rated", $"customer says not solved, rated {r}/5; reopened")
                : Sentence.Of("history.ticket.not-solved", "customer says not solved; reopened");
        });

    // The filed report stays in the record; the next round starts at the phone again (R-TKT-4).
    private void Reopen(DateTimeOffset now)
    {
        S.EarlierReports.Add(S.Report!);
        S.Report = null;
        S.PhoneAttemptFailed = false;
        S.Dispatch = null;
        S.SiteFindings = null;
        S.Escalation = null;
        S.ResolutionSummary = null;
        S.ReopenCount++;
        StartSla(SlaKind.TimeToSite, now);
        S.Status = TicketStatus.Contacted;
    }
}
