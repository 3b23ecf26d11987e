using System.Collections.Frozen;

namespace AfterSales.Grains.Sla;

/// <summary>
/// Working time for SLA clocks (first response, time to site): the opening hours of working days in one time zone.
/// Immutable and pure; instants come back in UTC.
/// </summary>
/// <remarks>
/// Every working day is one window [open, close) of real instants, so a day on which clocks change lasts what the
/// clocks say, not what the wall says. Add and Between walk the same windows day by day, which keeps them exact
/// inverses: Between(s, Add(s, d)) == d.
/// </remarks>
public sealed class BusinessCalendar
{
    private readonly TimeZoneInfo zone;

    /// <summary>The one configured zone: the calendar's, and every local time the service shows or reads (<see cref="LocalTimes"/>).</summary>
    public TimeZoneInfo Zone => zone;
    private readonly TimeOnly open;
    private readonly TimeOnly close;
    private readonly bool alwaysOpen;
    private readonly FrozenSet<DateOnly> holidays;
    private readonly FrozenSet<DateOnly> workingWeekends;

    public BusinessCalendar(BusinessCalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        zone = FindZone(settings.TimeZone);
        if (settings.WorkdayEnd <= settings.WorkdayStart)
        {
            throw new ArgumentException(
                $"BusinessCalendar: WorkdayEnd {settings.WorkdayEnd:HH:mm} must be after WorkdayStart {settings.WorkdayStart:HH:mm}.",
                nameof(settings));
        }

        holidays = (settings.Holidays ?? []).ToFrozenSet();
        workingWeekends = (settings.WorkingWeekends ?? []).ToFrozenSet();

        // Both mistakes come from typing a date wrong; refusing them beats a silently wrong SLA deadline.
        foreach (var day in workingWeekends.Order())
        {
            if (!IsWeekend(day))
            {
                throw new ArgumentException($"BusinessCalendar: working weekend {day:yyyy-MM-dd} is a {day.DayOfWeek}.", nameof(settings));
            }

            if (holidays.Contains(day))
            {
                throw new ArgumentException($"BusinessCalendar: {day:yyyy-MM-dd} is both a holiday and a working weekend.", nameof(settings));
            }
        }

        open = settings.WorkdayStart;
        close = settings.WorkdayEnd;
        alwaysOpen = settings.AlwaysOpen;
    }

    /// <summary>The calendar date of an instant in the calendar's time zone (the date a code-of-conduct version or a warranty counts by).</summary>
    /// <summary>The instant in the calendar's time zone (as people there read it).</summary>
    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone);

    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The instant a calendar date begins in the calendar's time zone.</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (alwaysOpen)
        {
            return true;
        }

        return IsWeekend(date) ? workingWeekends.Contains(date) : !holidays.Contains(date);
    }

    /// <summary>
    /// The instant at which <paramref name="businessTime"/> of working time has elapsed after <paramref name="start"/>.
    /// A start outside working hours counts from the next opening. Zero business time gives <paramref name="start"/>
    /// when it is inside working hours, else the next opening: the first instant the clock would be running. A start
    /// exactly at closing time is outside (windows are [open, close)), while a deadline may end exactly at closing.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        start = start.ToUniversalTime();
        if (alwaysOpen)
        {
            return start + businessTime;
        }

        var remaining = businessTime;

        // From the day before: in a time zone with a clock change at midnight a window can start on the previous local date.
        for (var date = LocalDate(start).AddDays(-1); ; date = date.AddDays(1))
        {
            if (!TryWindow(date, out var opens, out var closes))
            {
                continue;
            }

            var from = opens > start ? opens : start;
            if (from >= closes)
            {
                continue;
            }

            var available = closes - from;
            if (remaining <= available)
            {
                return from + remaining;
            }

            remaining -= available;
        }
    }

    /// <summary>Working time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        if (alwaysOpen)
        {
            return to - from;
        }

        var total = TimeSpan.Zero;
        var last = LocalDate(to);
        for (var date = LocalDate(from).AddDays(-1); date <= last; date = date.AddDays(1))
        {
            if (!TryWindow(date, out var opens, out var closes))
            {
                continue;
            }

            var a = opens > from ? opens : from;
            var b = closes < to ? closes : to;
            if (b > a)
            {
                total += b - a;
            }
        }

        return total;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static TimeZoneInfo FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("BusinessCalendar: TimeZone is required (an IANA id such as Asia/Shanghai).", "settings");
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"BusinessCalendar: unknown TimeZone '{id}'.", "settings", e);
        }
    }

    private bool TryWindow(DateOnly date, out DateTimeOffset opens, out DateTimeOffset closes)
    {
        if (!IsWorkingDay(date))
        {
            opens = closes = default;
            return false;
        }

        opens = Instant(date, open);
        closes = Instant(date, close);
        return closes > opens;
    }

    /// <summary>
    /// The first instant at which the local clock shows <paramref name="time"/> on <paramref name="date"/> or later:
    /// the earlier of two repeated times, and the moment the clocks jump for a time that does not exist.
    /// </summary>
    private DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max()).ToUniversalTime();
        }

        if (!zone.IsInvalidTime(local))
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }

        // In a gap: the jump lies between reading the time with the offset after it and with the offset before it.
        var lo = new DateTimeOffset(local, zone.GetUtcOffset(local.AddDays(1))).UtcTicks;
        var hi = new DateTimeOffset(local, zone.GetUtcOffset(local.AddDays(-1))).UtcTicks;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (TimeZoneInfo.ConvertTimeFromUtc(new DateTime(mid, DateTimeKind.Utc), zone) >= local)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return new DateTimeOffset(lo, TimeSpan.Zero);
    }
}
