using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Grains.Sla;

/// <summary>
/// The rules of a deadline on the business calendar (R-TKT-3, R-TKT-5): it is due when the target in business
/// time has elapsed since it started, not counting the business time spent waiting on the customer. It is met
/// by the event it waits for, breached when that comes late or not at all.
/// </summary>
public static class SlaClock
{
    public static SlaDeadline Start(SlaKind kind, int cycle, DateTimeOffset at, double targetHours, BusinessCalendar calendar) =>
        new(kind, cycle, at, targetHours, calendar.Add(at, TimeSpan.FromHours(targetHours)), SlaState.Running, PausedAt: null, PausedBusinessTime: TimeSpan.Zero);

    /// <summary>The target changed (e.g. the engineer lives outside the customer's city): the deadline moves with it.</summary>
    public static SlaDeadline Retarget(SlaDeadline d, double targetHours, BusinessCalendar calendar) =>
        !d.Pending || d.TargetHours == targetHours
            ? d
            : d with { TargetHours = targetHours, DueAt = Due(d.StartedAt, targetHours, d.PausedBusinessTime, calendar) };

    public static SlaDeadline Pause(SlaDeadline d, DateTimeOffset now) =>
        d.State == SlaState.Running ? d with { State = SlaState.Paused, PausedAt = now } : d;

    public static SlaDeadline Resume(SlaDeadline d, DateTimeOffset now, BusinessCalendar calendar)
    {
        if (d.State != SlaState.Paused)
        {
            return d;
        }

        var paused = d.PausedBusinessTime + calendar.Between(d.PausedAt!.Value, now);
        return d with
        {
            State = SlaState.Running,
            PausedAt = null,
            PausedBusinessTime = paused,
            DueAt = Due(d.StartedAt, d.TargetHours, paused, calendar),
        };
    }

    /// <summary>The awaited event happened: met in time, or breached when late. A breach keeps its state.</summary>
    public static SlaDeadline Settle(SlaDeadline d, DateTimeOffset now) => d.State switch
    {
        SlaState.Paused => d with { State = SlaState.Met, MetAt = now, PausedAt = null },
        SlaState.Running when now <= d.DueAt => d with { State = SlaState.Met, MetAt = now },
        SlaState.Running => d with { State = SlaState.Breached, BreachedAt = d.DueAt, MetAt = now },
        SlaState.Breached when d.MetAt is null => d with { MetAt = now },
        _ => d,
    };

    /// <summary>A running deadline that has passed is breached.</summary>
    public static SlaDeadline Expire(SlaDeadline d, DateTimeOffset now) =>
        d.State == SlaState.Running && now > d.DueAt ? d with { State = SlaState.Breached, BreachedAt = d.DueAt } : d;

    public static SlaDeadline NotNeeded(SlaDeadline d) => d.Pending ? d with { State = SlaState.NotNeeded, PausedAt = null } : d;

    /// <summary>The deadline as of now: a running one that has passed shows as breached, with the business hours overdue.</summary>
    public static SlaDeadline AsOf(SlaDeadline d, DateTimeOffset now, BusinessCalendar calendar)
    {
        var current = Expire(d, now);
        return current.State == SlaState.Breached
            ? current with { OverdueHours = Math.Round(calendar.Between(current.DueAt, current.MetAt ?? now).TotalHours, 2) }
            : current;
    }

    private static DateTimeOffset Due(DateTimeOffset start, double targetHours, TimeSpan paused, BusinessCalendar calendar) =>
        calendar.Add(start, TimeSpan.FromHours(targetHours) + paused);
}
