using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Tickets;

/// <summary>Old parts: back to the warehouse, then a QC check or a warranty claim with the supplier (R-WTY-3).</summary>
public sealed partial class TicketGrain
{
    public Task<TicketView> ReturnOldPart(Command<OldPartCommand<OldPartReturn>> command) =>
        Execute(command, TicketOperation.ReturnOldPart, now =>
        {
            var (index, part) = OldPartOf(command.Body.PartNo);
            if (part.State != OldPartState.Expected)
            {
                throw new RuleViolationException("R-WTY-3", Sentence.Of("refusal.ticket.old-part-already", $"R-WTY-3: old part {part.PartNo} is already {part.State}."));
            }

            S.OldParts[index] = part with
            {
                State = OldPartState.Returned,
                ReturnedBy = command.Body.Body.ReturnedBy,
                ReturnedAt = now,
                ReceivedBy = command.By.UserId,
            };
            var returnedBy = command.Body.Body.ReturnedBy;
            return now > part.DueAt
                ? Sentence.Of(
                    "history.ticket.old-part-back-late",
                    $"old part {part.PartNo} back at the warehouse, returned by the {returnedBy}, {(int)Math.Ceiling((now - part.DueAt).TotalDays)} day(s) late")
                : Sentence.Of("history.ticket.old-part-back", $"old part {part.PartNo} back at the warehouse, returned by the {returnedBy}");
        });

    // QC checks are the quality department's, warranty claims with suppliers purchasing's (the access policy, by kind).
    public Task<TicketView> DispositionOldPart(Command<OldPartCommand<OldPartDisposition>> command) =>
        Execute(command, TicketOperation.DispositionOldPart, now =>
        {
            var d = command.Body.Body;
            AccessPolicy.RequireRole(command.By, d.Kind);
            var (index, part) = OldPartOf(command.Body.PartNo);
            if (part.State != OldPartState.Returned)
            {
                throw new RuleViolationException(
                    "R-WTY-3", Sentence.Of("refusal.ticket.old-part-not-back", $"R-WTY-3: old part {part.PartNo} is {part.State}; it is dispositioned once it is back at the warehouse."));
            }

            var result = Text.Required(d.Result, "result", "R-WTY-3");
            S.OldParts[index] = part with
            {
                State = OldPartState.Dispositioned,
                Disposition = d.Kind,
                DispositionResult = result,
                DispositionBy = command.By.UserId,
                DispositionAt = now,
            };
            return Sentence.Of("history.ticket.old-part", $"old part {part.PartNo}: {d.Kind}: {result}");
        });

    private (int Index, OldPart Part) OldPartOf(string partNo)
    {
        var index = S.OldParts.FindIndex(p => p.PartNo == partNo);
        return index < 0 ? throw new NotFoundException("Old part", $"{Id}/{partNo}") : (index, S.OldParts[index]);
    }
}
