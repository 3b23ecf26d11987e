using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// The SLA clocks: first response (R-TKT-3) and time to site (R-TKT-5) on the business calendar, paused while the
/// ticket waits on the customer, a new time-to-site clock after a reopen. A reminder wakes the ticket at the next
/// deadline; a breach becomes an alert for the service manager, kept in the ticket's state until the alert inbox
/// has it, so none is lost and none is raised twice.
/// </summary>
public sealed partial class TicketGrain : IRemindable
{
    private const string SlaReminder = "sla";

    private static readonly Actor SlaClockActor = new("sla-clock", Role.Operations);

    private DateTimeOffset? _reminderDue;

    public Task<TicketView> StartCustomerWait(Command<CustomerWait> command) =>
        Execute(command, nameof(StartCustomerWait), now =>
        {
            Authorize(command.By, "R-TKT-5", "Waiting on the customer", Role.ServiceEngineer, Role.ServiceAssistant);
            if (S.Status == TicketStatus.Closed || S.Waiting is not null)
            {
                throw new RuleViolationException("R-TKT-5", $"R-TKT-5: the ticket is {(S.Waiting is null ? "closed" : "already waiting on the customer")}.");
            }

            var reason = Text.Required(command.Body.Reason, "reason", "R-TKT-5");
            ChangeSla(d => SlaClock.Pause(d, now), now);
            S.Waiting = new CustomerWaitRecord(reason, command.By.UserId, now);
            return $"waiting on the customer: {reason}; SLA clocks paused";
        });

    public Task<TicketView> EndCustomerWait(Command<string?> command) =>
        Execute(command, nameof(EndCustomerWait), now =>
        {
            Authorize(command.By, "R-TKT-5", "Ending the wait on the customer", Role.ServiceEngineer, Role.ServiceAssistant);
            if (S.Waiting is null)
            {
                throw new RuleViolationException("R-TKT-5", "R-TKT-5: the ticket is not waiting on the customer.");
            }

            ChangeSla(d => SlaClock.Resume(d, now, calendar), now);
            S.Waiting = null;
            return "the customer answered; SLA clocks running again";
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
                draft.History.Add(new HistoryEntry(now, SlaClockActor.UserId, SlaClockActor.Role, nameof(ReviewSla), Describe(breaches)));
                draft.Version++;
            });
        }

        await Deliver();
        return ToView();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => WakeUp();

    public async Task WakeUp()
    {
        if (S.Opened)
        {
            await ReviewSla();
            return;
        }

        await Directory.Withdraw(Id);
        if (await this.GetReminder(SlaReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        DeactivateOnIdle();
    }

    /// <summary>
    /// Before a write: make sure a reminder will wake this ticket if its silo dies between the write and telling
    /// the others (directory, reports, alerts), so that nothing written is lost to them.
    /// </summary>
    private async Task EnsureWakeUp()
    {
        if (_reminderDue is null)
        {
            await this.RegisterOrUpdateReminder(SlaReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
            _reminderDue = clock.GetUtcNow().AddMinutes(1);
        }
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
                S.PendingAlerts.Add(new SlaAlert(
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

    private static string Describe(List<SlaDeadline> breaches) =>
        string.Join("; ", breaches.Select(b => $"{b.Kind} deadline {b.DueAt:u} breached; alert raised for the service manager"));

    /// <summary>
    /// After a write: hands undelivered alerts to the alert inbox (idempotent by alert id) and keeps a reminder
    /// for the next deadline or the next retry, or none when nothing is pending.
    /// </summary>
    private async Task KeepPromises()
    {
        if (S.PendingAlerts.Count > 0)
        {
            try
            {
                foreach (var alert in S.PendingAlerts)
                {
                    await GrainFactory.GetGrain<IAlertInboxGrain>(TicketDirectory.PartitionOf(Id)).Raise(alert);
                }

                await Pipeline.Change(draft => draft.PendingAlerts.Clear());
            }
            catch (Exception e) when (e is not InconsistentStateException)
            {
                logger.LogWarning(e, "Ticket {TicketId} keeps {Count} alert(s) to deliver", Id, S.PendingAlerts.Count);
            }
        }

        var next = NextSlaWake();
        if (next == _reminderDue)
        {
            return;
        }

        if (next is { } due)
        {
            var dueTime = due - clock.GetUtcNow();
            await this.RegisterOrUpdateReminder(SlaReminder, dueTime < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : dueTime, TimeSpan.FromMinutes(5));
        }
        else if (await this.GetReminder(SlaReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminderDue = next;
    }

    /// <summary>When the ticket next needs waking: the next running deadline, or now for an undelivered alert or an unpublished version.</summary>
    private DateTimeOffset? NextSlaWake() =>
        S.PendingAlerts.Count > 0 || _publishedVersion < S.Version ? clock.GetUtcNow() : NextDeadline();

    private DateTimeOffset? NextDeadline() => S.Sla.Where(d => d.State == SlaState.Running).Select(d => (DateTimeOffset?)d.DueAt).Min();
}
