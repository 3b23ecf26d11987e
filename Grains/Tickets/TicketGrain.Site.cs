using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;

namespace AfterSales.Grains.Tickets;

/// <summary>Dispatch, arrival, site findings, escalation and resolution on site (R-TKT-4..7, R-ENG-1/2/5).</summary>
public sealed partial class TicketGrain
{
    // R-TKT-5: only the service manager dispatches, with the needed tools and parts.
    public Task<TicketView> Dispatch(Command<DispatchOrder> command) =>
        Execute(command, TicketOperation.Dispatch, async _ =>
        {

            // R-TKT-4: a site engineer's requisition comes from a site already, planned work (R-PM-2, R-CMP-1) is site work;
            // every other request is tried by phone first.
            var requisition = S.Channel.SiteWork();
            RequireStatus(TicketOperation.Dispatch, "R-TKT-5", "Dispatching", requisition ? [TicketStatus.Classified, TicketStatus.Contacted] : [TicketStatus.Contacted]);
            if (!requisition && !S.PhoneAttemptFailed)
            {
                throw new RuleViolationException("R-TKT-4", Sentence.Of("refusal.ticket.phone-first", "R-TKT-4: a site dispatch needs a recorded phone attempt that did not solve the problem."));
            }

            var order = command.Body;
            var fitness = await AssessFitness(order.EngineerId);
            await RequireTools(fitness, order.Tools);

            S.Dispatch = new DispatchRecord(fitness.EngineerId, [.. order.Tools], [.. order.Parts], command.By.UserId, _);
            S.EngineerId = fitness.EngineerId;
            S.EngineerCity = fitness.HomeCity;
            RetargetTimeToSite();
            S.Status = TicketStatus.Dispatched;
            return Sentence.Of("history.ticket.dispatched", $"dispatched {fitness.EngineerId} with tools [{string.Join(", ", order.Tools)}] and parts [{string.Join(", ", order.Parts)}]");
        });

    // R-TKT-5: time to site = arrival - receipt. R-MCH-3: the machine's hours are read on arrival once it has any reading.
    public Task<TicketView> RecordArrival(Command<Arrival> command) =>
        Execute(command, TicketOperation.RecordArrival, async now =>
        {
            RequireStatus(TicketOperation.RecordArrival, "R-TKT-5", "Arrival on site");
            var machine = GrainFactory.Get<IMachineGrain>(S.MachineSerial);
            if (command.Body.Hours is { } hours)
            {
                // R-MCH-2 judges the reading; refused, the arrival is refused with it and nothing is written.
                await machine.RecordTicketReading(new TicketReading(Id, command.By, hours, now));
                S.ArrivalHours = hours;
            }
            else if ((await machine.AtReceipt(now))?.HasReading == true)
            {
                throw new InvalidInputException("R-MCH-3", "hours", Sentence.Of(
                    "refusal.ticket.arrival-hours", $"R-MCH-3: machine '{S.MachineSerial}' has a reading of its hours: read them on arrival."));
            }

            S.ArrivedAt ??= now;

            // The engineer is with the customer: both clocks stop.
            ChangeSla(d => SlaClock.Settle(d, now), now);
            S.Status = TicketStatus.OnSite;
            return command.Body.Hours is { } h
                ? Sentence.Of("history.ticket.arrived-hours", $"arrived on site; the machine read {h:0.#} hours", $"{h:0.#}")
                : Sentence.Of("history.ticket.arrived", "arrived on site");
        });

    // R-TKT-6: what the engineer must do and find on site.
    public Task<TicketView> RecordSiteFindings(Command<SiteFindings> command) =>
        Execute(command, TicketOperation.RecordSiteFindings, now =>
        {
            RequireStatus(TicketOperation.RecordSiteFindings, "R-TKT-6", "Site findings");
            var f = command.Body;
            var rootCause = Text.Required(f.RootCause, "rootCause", "R-TKT-6");
            if (!f.WorkingClothes)
            {
                throw new RuleViolationException("R-TKT-6", Sentence.Of("refusal.ticket.working-clothes", "R-TKT-6: the engineer wears company working clothes on site."));
            }

            if (!f.SafetyPrecautions)
            {
                throw new RuleViolationException("R-TKT-6", Sentence.Of("refusal.ticket.safety-precautions", "R-TKT-6: the necessary safety precautions are taken before work."));
            }

            // The photos are files of this ticket, uploaded before (docs/api.md "Evidence files").
            var photos = Evidence(f.Photos, AttachmentKind.Photo, "R-TKT-6", "photos");
            if (f.Responsibility is Responsibility.Company or Responsibility.Supplier && photos.Count == 0)
            {
                throw new RuleViolationException("R-TKT-6", Sentence.Of("refusal.ticket.photos-as-evidence", $"R-TKT-6: photos are taken as evidence when responsibility is the {f.Responsibility}'s."));
            }

            if (!f.InspectionDone)
            {
                throw new RuleViolationException("R-TKT-6", Sentence.Of("refusal.ticket.inspect-whole-product", "R-TKT-6: the whole product is inspected for hidden troubles."));
            }

            S.SiteFindings = f with { RootCause = rootCause, Photos = [.. photos.Select(p => p.Id)] };
            foreach (var note in f.QualityNotes.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                S.QualityRecords.Add(new QualityRecord(Id, note.Trim(), command.By.UserId, now));
            }

            return Sentence.Of("history.ticket.site-findings", $"site findings: {rootCause}; responsibility {f.Responsibility}; {f.QualityNotes.Count} quality note(s)");
        });

    // R-TKT-7: a problem that cannot be solved on site goes at once to the service manager and the technical department.
    public Task<TicketView> Escalate(Command<EscalationRequest> command) =>
        Execute(command, TicketOperation.Escalate, now =>
        {
            RequireStatus(TicketOperation.Escalate, "R-TKT-7", "Escalation");
            if (S.Escalation is { Answer: null })
            {
                throw new RuleViolationException("R-TKT-7", Sentence.Of("refusal.ticket.already-escalated", "R-TKT-7: the ticket is already escalated and waits for the technical department."));
            }

            var reason = Text.Required(command.Body.Reason, "reason", "R-TKT-7");
            S.Escalation = new EscalationRecord(reason, command.By.UserId, now, null, null, null);
            S.Status = TicketStatus.Escalated;
            return Sentence.Of("history.ticket.escalated", $"escalated to the service manager and the technical department: {reason}");
        });

    public Task<TicketView> AnswerEscalation(Command<EscalationAnswer> command) =>
        Execute(command, TicketOperation.AnswerEscalation, now =>
        {
            if (S.Status != TicketStatus.Escalated || S.Escalation is not { Answer: null } open)
            {
                throw new RuleViolationException("R-TKT-7", Sentence.Of("refusal.ticket.no-open-escalation", "R-TKT-7: there is no open escalation to answer."));
            }

            var answer = Text.Required(command.Body.Answer, "answer", "R-TKT-7");
            S.Escalation = open with { Answer = answer, AnsweredBy = command.By.UserId, AnsweredAt = now };
            return Sentence.Of("history.ticket.escalation-answered", $"technical department answered: {answer}");
        });

    // R-TKT-6/7: resolved on site, after the findings, and not while an escalation waits for its answer.
    public Task<TicketView> Resolve(Command<Resolution> command) =>
        Execute(command, TicketOperation.Resolve, now =>
        {
            if (S.Escalation is { Answer: null })
            {
                throw new RuleViolationException("R-TKT-7", Sentence.Of("refusal.ticket.escalation-unanswered", "R-TKT-7: an escalated ticket cannot be resolved until the technical department answers."));
            }

            RequireStatus(TicketOperation.Resolve, "R-TKT-6", "Resolution");
            if (S.SiteFindings is null)
            {
                throw new RuleViolationException("R-TKT-6", Sentence.Of("refusal.ticket.findings-first", "R-TKT-6: record the site findings before resolving."));
            }

            var summary = Text.Required(command.Body.Summary, "summary", "R-TKT-6");
            S.ResolutionSummary = summary;
            S.ResolvedAt = now;
            S.Status = TicketStatus.Resolved;
            return Sentence.Of("history.ticket.resolved-on-site", $"resolved on site: {summary}");
        });

    /// <summary>R-ENG-2: every tool of the product line's kit is taken, and is in the engineer's own kit.</summary>
    private async Task RequireTools(Fitness engineer, IReadOnlyList<string> taken)
    {
        var kit = await GrainFactory.Get<IToolKitGrain>(S.ProductLine.ToString()).Get();
        var notTaken = kit.Tools.Where(t => !taken.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        if (notTaken.Count > 0)
        {
            throw new RuleViolationException("R-ENG-2", Sentence.Of("refusal.ticket.tools-not-taken", $"R-ENG-2: the dispatch does not take the required tools: {string.Join(", ", notTaken)}."));
        }

        var notOwned = kit.Tools.Where(t => !engineer.Tools.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        if (notOwned.Count > 0)
        {
            throw new RuleViolationException(
                "R-ENG-2", Sentence.Of("refusal.ticket.engineer-lacks-tools", $"R-ENG-2: engineer '{engineer.EngineerId}' lacks the required tools: {string.Join(", ", notOwned)}."));
        }
    }
}
