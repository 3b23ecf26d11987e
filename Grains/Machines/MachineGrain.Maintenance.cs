using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Maintenance;
using AfterSales.GrainInterfaces.Tickets;
using Microsoft.Extensions.Logging;

namespace AfterSales.Grains.Machines;

/// <summary>
/// Maintenance plans (R-PM-1..3): each task of the machine's plan is due at a point (a day, or hours, whichever first)
/// counted from commissioning and then from its last completion; one preventive-maintenance ticket is raised per due
/// point, its lead time before it. The machine plans on each write that changes its hours, commissioning or plan (it
/// computes <see cref="MachineState.NextWakeAt"/>, which the machine list keeps), and the maintenance watch wakes it then.
/// </summary>
public sealed partial class MachineGrain
{
    /// <summary>R-PM-3: the first visit falls this many days after commissioning.</summary>
    public const int FirstVisitDays = 30;

    /// <summary>R-PM-3: the task of a first visit's ticket.</summary>
    public const string FirstVisitTask = "first-visit";

    /// <summary>The use over this many days projects the day the hours reach a due point (R-PM-2).</summary>
    private const int UseDays = HoursAverage.Days;

    /// <summary>While a ticket is open the machine looks once a day whether its report was filed without it hearing.</summary>
    private static readonly TimeSpan OpenTicketCheck = TimeSpan.FromDays(1);

    /// <summary>Who raises planned tickets: the service itself, as the desk would (the access policy lets the desk open tickets).</summary>
    private static readonly Actor PlanActor = new("maintenance-plan", Role.ServiceAssistant);

    private static readonly Regex TicketIdPattern = new("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant);

    // R-PM-2, R-PM-3: the watch found the machine due. It reads what it needs first (the plan, the service history, the
    // tickets' reports: never inside a change), then raises one ticket per due point whose raise time has come.
    public async Task WakeUp()
    {
        if (!S.Registered)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var plan = await PlanOfLine();
        // The fallback of WorkDone: a report filed while the machine did not hear. Asked of the read model, not of the
        // ticket grain, which may be waiting for this machine (its filing tells the machine; grains are not reentrant).
        var filed = new List<string>();
        foreach (var ticketId in S.Tasks.Select(t => t.OpenTicketId).Append(S.FirstVisitSettled ? null : S.FirstVisitTicketId).OfType<string>())
        {
            if (await Records.ReportFiled(ticketId))
            {
                filed.Add(ticketId);
            }
        }

        // R-PM-3: a first visit whose time has come is needed only when no ticket of the machine was received in its 30 days.
        var serviced = false;
        if (FirstVisitPending() is { } on && calendar.StartOf(on.AddDays(FirstVisitDays)) <= now)
        {
            serviced = await Records.Serviced(Serial, calendar.StartOf(on), calendar.StartOf(on.AddDays(FirstVisitDays)));
        }

        await Pipeline.Change(async draft =>
        {
            UsePlan(plan);
            foreach (var ticketId in filed)
            {
                Complete(ticketId, now);
            }

            if (serviced)
            {
                draft.FirstVisitSettled = true;
            }

            // Always written: the machine list's wake time is set anew (a plan change set it to now).
            draft.Version++;
            await Plan(now);
        });

        foreach (var due in DuePoints(now).Where(p => p.Progress?.OpenTicketId is null && p.RaiseAt is { } at && at <= now).ToList())
        {
            await Raise(due, now);
        }

        if (FirstVisitPending() is { } day && S.FirstVisitTicketId is null && calendar.StartOf(day.AddDays(FirstVisitDays)) <= now)
        {
            await RaiseFirstVisit(day, now);
        }
    }

    // R-PM-2: the ticket's report was filed: its task is complete, and its next due point counts from now. Idempotent.
    // Called by the ticket after its write, while it waits: the machine calls no ticket here.
    public async Task WorkDone(PlannedWorkDone done)
    {
        if (S.Registered && done.CampaignId is not null)
        {
            // R-CMP-1: the machine's part of the campaign is done (MachineGrain.Campaigns).
            await CampaignWorkDone(done);
            return;
        }

        if (!S.Registered || done.Maintenance is null || !Completes(done.TicketId, done.Maintenance.Task))
        {
            // A report told twice completes once.
            return;
        }

        var now = clock.GetUtcNow();
        await Pipeline.Change(async draft =>
        {
            Complete(done.TicketId, done.At);
            draft.Version++;
            await Plan(now);
        });
    }

    /// <summary>
    /// Plans the machine's next wake from its plan, hours and service (on the draft of the command under way): the
    /// earliest raise time of a due point not yet raised, or a day on while a ticket is open; null when nothing is planned.
    /// </summary>
    private async Task Plan(DateTimeOffset now)
    {
        if (S.PlanReadAt is null && S.Registered)
        {
            // Once, for a new machine: later plans reach it through the watch (the projector wakes the line's machines).
            UsePlan(await PlanOfLine());
        }

        if (S.CommissionedOn is not { } on)
        {
            // A machine without commissioning date plans nothing (R-PM-1 counts from commissioning).
            S.NextWakeAt = null;
            return;
        }

        // R-PM-3: a machine registered over 30 days after commissioning had its chance of a first visit.
        if (!S.FirstVisitSettled && S.FirstVisitTicketId is null && S.RegisteredAt is { } registered
            && calendar.LocalDate(registered) > on.AddDays(FirstVisitDays))
        {
            S.FirstVisitSettled = true;
        }

        var times = DuePoints(now).Select(p => p.Progress?.OpenTicketId is null ? p.RaiseAt : now + OpenTicketCheck).ToList();
        if (FirstVisitPending() is { } day)
        {
            times.Add(S.FirstVisitTicketId is null ? calendar.StartOf(day.AddDays(FirstVisitDays)) : now + OpenTicketCheck);
        }

        S.NextWakeAt = times.OfType<DateTimeOffset>().Order().Cast<DateTimeOffset?>().FirstOrDefault();
    }

    /// <summary>The machine's maintenance as its page shows it: one line per task (and the first visit while it matters).</summary>
    private IReadOnlyList<MaintenanceLine> MaintenanceLines(DateTimeOffset now)
    {
        var lines = new List<MaintenanceLine>();
        foreach (var p in DuePoints(now))
        {
            var open = p.Progress?.OpenTicketId;
            var (dueOn, dueAtHours) = open is not null && p.Progress!.OpenDue is { } raised ? (raised.DueOn, raised.DueAtHours) : (p.DueOn, p.DueAtHours);
            // Done: completed and the next due point not yet near (the line then shows the last completion and the next due point).
            var state = p.DueAt is { } due && due <= now ? MaintenanceState.Overdue
                : open is not null || p.RaiseAt is { } raise && raise <= now ? MaintenanceState.Due
                : p.Progress?.CompletedOn is not null ? MaintenanceState.Done
                : MaintenanceState.Planned;
            lines.Add(new MaintenanceLine(p.Task.Id, p.Task.Name, dueOn, dueAtHours, state, open, p.Progress?.CompletedOn));
        }

        if (S.CommissionedOn is { } on && (S.FirstVisitTicketId is not null || !S.FirstVisitSettled))
        {
            var day = on.AddDays(FirstVisitDays);
            var state = S.FirstVisitSettled ? MaintenanceState.Done
                : S.FirstVisitTicketId is not null || calendar.StartOf(day) <= now ? MaintenanceState.Due
                : MaintenanceState.Planned;
            lines.Add(new MaintenanceLine(FirstVisitTask, null, day, null, state, S.FirstVisitTicketId, S.FirstVisitDoneOn));
        }

        return lines;
    }

    /// <summary>The machine list's <c>maintenanceDue</c>: a task (or the first visit) is due or overdue. <paramref name="s"/> is
    /// the state being written, which <see cref="S"/> reads while the write runs (the pipeline's draft).</summary>
    private bool MaintenanceDue(MachineState s, DateTimeOffset now) =>
        s.Registered && MaintenanceLines(now).Any(l => l.State is MaintenanceState.Due or MaintenanceState.Overdue);

    /// <summary>A due point of a task: counted from commissioning, then from its last completion (R-PM-1).</summary>
    private sealed record DuePoint(
        MaintenanceTask Task, TaskProgress? Progress, DateOnly? DueOn, double? DueAtHours, DateTimeOffset? RaiseAt, DateTimeOffset? DueAt)
    {
        public int Number => (Progress?.Completions ?? 0) + 1;
    }

    /// <summary>
    /// R-PM-1, R-PM-2: each task's next due point, by months from the day of its base and by hours from the hours of its
    /// base (0 at commissioning), whichever first; raised its lead days before the day, or before the day the hours are
    /// projected to reach it (by the use over 90 days), or at once when the hours are within its lead hours.
    /// </summary>
    private List<DuePoint> DuePoints(DateTimeOffset now)
    {
        if (S.CommissionedOn is not { } on)
        {
            return [];
        }

        var perDay = HoursAverage.PerDay(S.Anchors, S.Hours);
        var points = new List<DuePoint>();
        foreach (var task in S.PlanTasks)
        {
            var progress = S.Tasks.FirstOrDefault(t => t.Task == task.Id);
            var baseDay = progress?.CompletedOn ?? on;
            var baseHours = progress?.CompletedAtHours ?? 0;
            var dueOn = task.EveryMonths is { } months ? baseDay.AddMonths(months) : (DateOnly?)null;
            var dueAtHours = task.EveryHours is { } every ? baseHours + every : (double?)null;

            var raise = new List<DateTimeOffset>();
            var due = new List<DateTimeOffset>();
            if (dueOn is { } day)
            {
                raise.Add(calendar.StartOf(day.AddDays(-task.LeadDays)));
                due.Add(calendar.StartOf(day));
            }

            if (dueAtHours is { } target && S.Hours is { } newest)
            {
                if (newest.Value >= target - (task.LeadHours ?? 0))
                {
                    // Within its lead hours already: raised at once.
                    raise.Add(newest.ReadAt);
                }

                if (newest.Value >= target)
                {
                    due.Add(newest.ReadAt);
                }
                else if (perDay is { } use && use > 0 && (target - newest.Value) / use < 36_500)
                {
                    // The day the hours are projected to reach the due point at the machine's use over the last 90 days.
                    var reached = newest.ReadAt.AddDays((target - newest.Value) / use);
                    raise.Add(reached.AddDays(-task.LeadDays));
                    due.Add(reached);
                }
            }

            points.Add(new DuePoint(task, progress, dueOn, dueAtHours, raise.Count == 0 ? null : raise.Min(), due.Count == 0 ? null : due.Min()));
        }

        return points;
    }

    /// <summary>R-PM-2: one ticket for the due point, by an id of the machine, task and due point (a second raise finds it).</summary>
    private async Task Raise(DuePoint due, DateTimeOffset now)
    {
        var id = TicketIdFor(due.Task.Id, due.Number);
        var maintenance = new MaintenanceDue(due.Task.Id, due.DueOn, due.DueAtHours);
        // In the company's language, as the desk writes a description; the ticket's maintenance says it as data.
        var description = $"预防性保养：{due.Task.Name}（任务 {due.Task.Id}，{Describe(due.DueOn, due.DueAtHours)}）";
        if (!await OpenPlanned(id, maintenance, description, now))
        {
            return;
        }

        await Pipeline.Change(async draft =>
        {
            var progress = draft.Tasks.FirstOrDefault(t => t.Task == due.Task.Id) ?? new TaskProgress(due.Task.Id, 0, null, null, null, null);
            draft.Tasks = [.. draft.Tasks.Where(t => t.Task != due.Task.Id), progress with { OpenTicketId = id, OpenDue = maintenance }];
            draft.Version++;
            await Plan(now);
        });
    }

    /// <summary>R-PM-3: the one first-visit ticket, 30 days after commissioning.</summary>
    private async Task RaiseFirstVisit(DateOnly commissioned, DateTimeOffset now)
    {
        var id = TicketIdFor(FirstVisitTask, 1);
        var day = commissioned.AddDays(FirstVisitDays);
        if (!await OpenPlanned(id, new MaintenanceDue(FirstVisitTask, day, null), $"首次走访：调试（{commissioned:yyyy-MM-dd}）后 {FirstVisitDays} 天", now))
        {
            return;
        }

        await Pipeline.Change(async draft =>
        {
            draft.FirstVisitTicketId = id;
            draft.Version++;
            await Plan(now);
        });
    }

    /// <summary>
    /// Opens the planned ticket; an id that exists is the same due point raised before (by this machine on another silo,
    /// or before a restart that lost the record of it): it counts as raised. False when it could not be opened now.
    /// </summary>
    private async Task<bool> OpenPlanned(string id, MaintenanceDue maintenance, string description, DateTimeOffset now)
    {
        try
        {
            var planned = new PlannedTicket(
                IntakeChannel.PreventiveMaintenance, Serial, description, S.CustomerId, S.ProductLine, S.Model, await WarrantyOn(now), maintenance);
            await GrainFactory.Get<ITicketGrain>(id).OpenPlanned(new Command<PlannedTicket>(PlanActor, planned, id));
            return true;
        }
        catch (RuleViolationException e) when (e.RuleId == RuleIds.IdExists)
        {
            return true;
        }
        catch (Exception e)
        {
            // Not recorded: the machine's wake time stays past, so the watch tries again at its next round.
            logger.LogWarning(e, "Machine {Serial} could not raise its planned ticket {Ticket}", Serial, id);
            return false;
        }
    }

    /// <summary>Whether the ticket's report completes a task now: the task's open ticket, or the ticket of its next due point.</summary>
    private bool Completes(string ticketId, string task) => task == FirstVisitTask
        ? !S.FirstVisitSettled
        : S.Tasks.FirstOrDefault(t => t.Task == task) is var progress
            && (progress?.OpenTicketId == ticketId || TicketIdFor(task, (progress?.Completions ?? 0) + 1) == ticketId);

    /// <summary>
    /// R-PM-1: the task of the ticket is complete on the day it was filed, at the machine's newest hours; its next due
    /// point counts from here (early work moves it). R-PM-3: the first visit is settled.
    /// </summary>
    private void Complete(string ticketId, DateTimeOffset at)
    {
        if (ticketId == S.FirstVisitTicketId || ticketId == TicketIdFor(FirstVisitTask, 1))
        {
            S.FirstVisitSettled = true;
            S.FirstVisitTicketId = ticketId;
            S.FirstVisitDoneOn ??= calendar.LocalDate(at);
            return;
        }

        var progress = S.Tasks.FirstOrDefault(t => t.OpenTicketId == ticketId)
            ?? S.PlanTasks.Select(t => S.Tasks.FirstOrDefault(p => p.Task == t.Id) ?? new TaskProgress(t.Id, 0, null, null, null, null))
                .FirstOrDefault(p => TicketIdFor(p.Task, p.Completions + 1) == ticketId);
        if (progress is null)
        {
            return;
        }

        var done = progress with
        {
            Completions = progress.Completions + 1,
            CompletedOn = calendar.LocalDate(at),
            CompletedAtHours = S.Hours?.Value ?? progress.CompletedAtHours,
            OpenTicketId = null,
            OpenDue = null,
        };
        S.Tasks = [.. S.Tasks.Where(t => t.Task != progress.Task), done];
    }

    /// <summary>R-PM-3: the commissioning day while a first visit is still to raise or to complete; null otherwise.</summary>
    private DateOnly? FirstVisitPending() => S.FirstVisitSettled ? null : S.CommissionedOn;

    /// <summary>The tasks of the machine's line and model (a model's override, else the line's), cached in its state.</summary>
    private async Task<MaintenancePlanView> PlanOfLine() =>
        await GrainFactory.Get<IMaintenancePlanGrain>(S.ProductLine.ToString()).Get();

    private void UsePlan(MaintenancePlanView plan)
    {
        S.PlanTasks = [.. plan.Models.TryGetValue(S.Model, out var tasks) ? tasks : plan.Tasks];
        S.PlanVersion = plan.Version;
        S.PlanReadAt = clock.GetUtcNow();
    }

    /// <summary>R-PM-2: the ticket of a machine's task and due point (n = completions + 1); hashed when too long for a ticket id.</summary>
    private string TicketIdFor(string task, int n)
    {
        var id = $"PM-{Serial}-{task}-{n}";
        if (TicketIdPattern.IsMatch(id))
        {
            return id;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Serial}\n{task}")))[..24];
        return $"PM-{hash}-{n}";
    }

    private static string Describe(DateOnly? dueOn, double? dueAtHours) => (dueOn, dueAtHours) switch
    {
        ({ } d, { } h) => $"{d:yyyy-MM-dd} 或 {h:0.#} 小时到期，以先到者为准",
        ({ } d, null) => $"{d:yyyy-MM-dd} 到期",
        (null, { } h) => $"{h:0.#} 小时到期",
        _ => "现在到期",
    };
}
