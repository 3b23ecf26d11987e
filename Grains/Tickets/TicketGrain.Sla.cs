using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// The SLA clocks: first response (R-TKT-3) and time to site (R-TKT-5) on the business calendar, paused while the
/// ticket waits on the customer, a new time-to-site clock after a reopen. The deadline watch of the silo wakes the
/// ticket once its next deadline (in the read model) has passed; a breach becomes an alert for the service manager,
/// kept in the ticket's state (and listed through the read models, which learn of it with the write that raised it),
/// so none is lost and none is raised twice.
/// </summary>
public sealed partial class TicketGrain
{
    private static readonly Actor SlaClockActor = new("sla-clock", Role.Operations);

    public Task<TicketView> StartCustomerWait(Command<CustomerWait> command) =>
        Execute(command, TicketOperation.StartCustomerWait, now =>
        {
            if (S.Status == TicketStatus.Closed || S.Waiting is not null)
            {
                throw new RuleViolationException("R-TKT-5", S.Waiting is null
                    ? Sentence.Of("refusal.ticket.wait-closed", "R-TKT-5: the ticket is closed.")
                    : Sentence.Of("refusal.ticket.wait-already-waiting", "R-TKT-5: the ticket is already waiting on the customer."));
            }

            var reason = Text.Required(command.Body.Reason, "reason", "R-TKT-5");
            ChangeSla(d => SlaClock.Pause(d, now), now);
            S.Waiting = new CustomerWaitRecord(reason, command.By.UserId, now);
            return Sentence.Of("history.ticket.wait-started", $"waiting on the customer: {reason}; SLA clocks paused");
        });

    public Task<TicketView> EndCustomerWait(Command<string?> command) =>
        Execute(command, TicketOperation.EndCustomerWait, now =>
        {
            if (S.Waiting is null)
            {
                throw new RuleViolationException("R-TKT-5", Sentence.Of("refusal.ticket.not-waiting", "R-TKT-5: the ticket is not waiting on the customer."));
            }

            ChangeSla(d => SlaClock.Resume(d, now, calendar), now);
            S.Waiting = null;
            return Sentence.Of("history.ticket.wait-ended", "the customer answered; SLA clocks running again");
        });

    public async Task<TicketView> ReviewSla()
    {
        EnsureOpened();
        var now = clock.GetUtcNow();
        if (S.Sla.Any(d => d.State != SlaState.Breached && SlaClock.Expire(d, now).State == SlaState.Breached))
        {
            await Pipeline.Change(draft =>
            {
                var breaches = ChangeSla(d => SlaClock.Expire(d, now), now);
                draft.History.Add(HistoryEntry.Of(now, SlaClockActor.UserId, SlaClockActor.Role, nameof(ReviewSla), Describe(breaches)));
                draft.Version++;
            });
        }

        return ToView();
    }

    public async Task WakeUp()
    {
        if (S.Opened)
        {
            await ReviewSla();
            return;
        }

        DeactivateOnIdle();
    }

    // R-TKT-3, R-TKT-5: the service manager acknowledges the alert a breach raised.
    public async Task<SlaAlert> AcknowledgeAlert(Command<string> command)
    {
        EnsureOpened();
        var alert = S.Alerts.FirstOrDefault(a => a.Id == command.Body) ?? throw new NotFoundException("Alert", command.Body);
        if (alert.AcknowledgedAt is not null)
        {
            return alert;
        }

        await Execute(command, TicketOperation.AcknowledgeAlert, now =>
        {
            var index = S.Alerts.FindIndex(a => a.Id == alert.Id);
            S.Alerts[index] = alert with { AcknowledgedBy = command.By.UserId, AcknowledgedAt = now };
            return Sentence.Of("history.ticket.alert-acknowledged", $"alert {alert.Id} ({alert.Kind} deadline {alert.DueAt:u}) acknowledged");
        });
        return S.Alerts.Single(a => a.Id == alert.Id);
    }

    /// <summary>Applies a change to the pending deadlines; those it breaches get an alert in the outbox.</summary>
    private List<SlaDeadline> ChangeSla(Func<SlaDeadline, SlaDeadline> change, DateTimeOffset now)
    {
        var breaches = new List<SlaDeadline>();
        for (var i = 0; i < S.Sla.Count; i++)
        {
            var before = S.Sla[i];
            var after = change(before);
            S.Sla[i] = after;
            if (before.State != SlaState.Breached && after.State == SlaState.Breached)
            {
                breaches.Add(after);
                S.Alerts.Add(new SlaAlert(
                    SlaAlert.IdOf(Id, after.Kind, after.Cycle), Id, after.Kind, after.Cycle, after.DueAt, now, S.CustomerId,
                    S.EngineerId, S.StationId));
            }
        }

        return breaches;
    }

    private void StartSla(SlaKind kind, DateTimeOffset at) =>
        S.Sla.Add(SlaClock.Start(kind, S.ReopenCount, at, TargetHours(kind), calendar));

    /// <summary>The engineer's home city decides the time-to-site target (R-TKT-5).</summary>
    private void RetargetTimeToSite() =>
        ChangeSla(d => d.Kind == SlaKind.TimeToSite ? SlaClock.Retarget(d, TargetHours(SlaKind.TimeToSite), calendar) : d, clock.GetUtcNow());

    private double TargetHours(SlaKind kind) => kind == SlaKind.FirstResponse
        ? Rules.FirstResponseTargetHours
        : OutsideEngineersCity ? Rules.TimeToSiteOutsideCityTargetHours : Rules.TimeToSiteTargetHours;

    private bool OutsideEngineersCity => S.EngineerCity is not null && S.CustomerCity is not null
        && !string.Equals(S.EngineerCity, S.CustomerCity, StringComparison.OrdinalIgnoreCase);

    /// <summary>The breaches of one review: mostly one; two clocks that ran out together are said in one sentence.</summary>
    private static Sentence Describe(List<SlaDeadline> breaches) => breaches switch
    {
        [var b] => Sentence.Of("history.ticket.sla-breached", $"{b.Kind} deadline {b.DueAt:u} breached; alert raised for the service manager"),
        [var a, var b] => Sentence.Of(
            "history.ticket.sla-breached-two",
            $"{a.Kind} deadline {a.DueAt:u} breached; alert raised for the service manager; {b.Kind} deadline {b.DueAt:u} breached; alert raised for the service manager"),
        _ => Sentence.Of(
            "history.ticket.sla-breached-many",
            string.Join("; ", breaches.Select(b => $"{b.Kind} deadline {b.DueAt:u} breached; alert raised for the service manager")),
            string.Join(", ", breaches.Select(b => $"{b.DueAt:u}"))),
    };

    private DateTimeOffset? NextDeadline() => S.Sla.Where(d => d.State == SlaState.Running).Select(d => (DateTimeOffset?)d.DueAt).Min();
}
