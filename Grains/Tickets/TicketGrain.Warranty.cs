using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Tickets;

/// <summary>Warranty parts: checked by phone against the commissioning date, approved, then applied for (R-WTY-1/2).</summary>
public sealed partial class TicketGrain
{
    // R-WTY-1: the engineer first checks by phone whether it is a warranty problem; warranty runs from commissioning.
    public Task<TicketView> RequestWarrantyParts(Command<WarrantyPartsRequest> command) =>
        Execute(command, TicketOperation.RequestWarrantyParts, async now =>
        {
            if (S.FirstContactAt is null || S.Status == TicketStatus.Closed)
            {
                throw new RuleViolationException("R-WTY-1", Sentence.Of("refusal.ticket.warranty-check-by-phone", "R-WTY-1: the engineer first checks with the customer by phone whether it is a warranty problem."));
            }

            if (S.WarrantyParts is { State: not WarrantyPartsState.Rejected })
            {
                throw new RuleViolationException("R-WTY-2", Sentence.Of("refusal.ticket.warranty-parts-already", $"R-WTY-2: a warranty-parts request is already {S.WarrantyParts.State}."));
            }

            var parts = command.Body.Parts;
            if (parts.Count == 0 || parts.Any(p => string.IsNullOrWhiteSpace(p.PartNo) || p.Quantity < 1))
            {
                throw new InvalidInputException("R-WTY-1", "parts", Sentence.Of("refusal.ticket.parts-required", "R-WTY-1: name at least one part, each with a part number and a quantity of 1 or more."));
            }

            // R-WTY-4: judged at receipt with the hours known then; a machine commissioned since is judged again on that day.
            var warranty = S.Warranty.Status == WarrantyStatus.Unknown
                ? (await GrainFactory.Get<IMachineGrain>(S.MachineSerial).AtReceipt(S.ReceivedAt))?.Warranty ?? S.Warranty
                : S.Warranty;
            if (warranty.Status != WarrantyStatus.InWarranty)
            {
                throw new RuleViolationException(warranty.EndedBy == WarrantyEnd.Hours ? "R-WTY-4" : "R-WTY-1", warranty switch
                {
                    { EndedBy: WarrantyEnd.Hours } => Sentence.Of(
                        "refusal.ticket.warranty-hours", $"R-WTY-4: not a warranty case: the machine had {warranty.HoursKnown:0.#} operating hours, past the {warranty.UntilHours:0.#} hours of its warranty.",
                        $"{warranty.HoursKnown:0.#}", $"{warranty.UntilHours:0.#}"),
                    { Status: WarrantyStatus.Expired } => Sentence.Of("refusal.ticket.warranty-expired", $"R-WTY-1: not a warranty case: warranty expired on {warranty.ExpiresOn:yyyy-MM-dd}."),
                    _ => Sentence.Of("refusal.ticket.warranty-unknown", "R-WTY-1: not a warranty case: the machine's commissioning date is not known."),
                });
            }

            S.Warranty = warranty;
            S.WarrantyParts = new WarrantyParts([.. parts], WarrantyPartsState.PendingApproval, command.By.UserId, now, null, null, null, null, null);
            return Sentence.Of("history.ticket.warranty-parts-requested", $"warranty parts requested: {string.Join(", ", parts.Select(p => $"{p.Quantity} x {p.PartNo}"))}; reported to the service manager");
        });

    // R-WTY-2: the service manager approves the request.
    public Task<TicketView> DecideWarrantyParts(Command<WarrantyPartsDecision> command) =>
        Execute(command, TicketOperation.DecideWarrantyParts, now =>
        {

            if (S.WarrantyParts is not { State: WarrantyPartsState.PendingApproval } request)
            {
                throw new RuleViolationException("R-WTY-2", Sentence.Of("refusal.ticket.no-warranty-parts-request", "R-WTY-2: there is no warranty-parts request waiting for approval."));
            }

            var decided = command.Body.Approved ? WarrantyPartsState.Approved : WarrantyPartsState.Rejected;
            S.WarrantyParts = request with { State = decided, DecidedBy = command.By.UserId, DecidedAt = now, Comment = command.Body.Comment };
            return command.Body.Approved
                ? Sentence.Of("history.ticket.warranty-parts-approved", "warranty parts approved")
                : Sentence.Of("history.ticket.warranty-parts-rejected", "warranty parts rejected");
        });

    // R-WTY-2: the assistant applies for warranty parts only after the manager approves.
    public Task<TicketView> ApplyForWarrantyParts(Command<string?> command) =>
        Execute(command, TicketOperation.ApplyForWarrantyParts, now =>
        {
            if (S.WarrantyParts is not { State: WarrantyPartsState.Approved } request)
            {
                throw new RuleViolationException("R-WTY-2", Sentence.Of("refusal.ticket.apply-after-approval", "R-WTY-2: warranty parts are applied for only after the service manager approves."));
            }

            S.WarrantyParts = request with { State = WarrantyPartsState.AppliedFor, AppliedBy = command.By.UserId, AppliedAt = now };

            // R-WTY-3: each part replaced under warranty is expected back at the warehouse.
            var due = now.AddDays(Rules.OldPartReturnDays);
            S.OldParts.AddRange(request.Parts.Select(p => new OldPart(p.PartNo, p.Quantity, now, due, OldPartState.Expected)));
            return Sentence.Of("history.ticket.warranty-parts-applied", $"warranty parts applied for; old parts expected back by {due:yyyy-MM-dd}");
        });
}
