using System.Globalization;

namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>Report periods by the local calendar date: ISO weeks (<c>2026-W14</c>) and months (<c>2026-04</c>).</summary>
public static class ReportPeriods
{
    public static string Of(Bucket bucket, DateOnly date) => bucket == Bucket.Week
        ? $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}"
        : $"{date:yyyy-MM}";

    /// <summary>The first day of a period: the Monday of its ISO week, or the first day of its month.</summary>
    public static DateOnly FirstDay(Bucket bucket, string period) =>
        bucket == Bucket.Week ? LastDay(bucket, period).AddDays(-6) : DateOnly.ParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last day of a period: the Sunday of its ISO week, or the last day of its month.</summary>
    public static DateOnly LastDay(Bucket bucket, string period)
    {
        if (bucket == Bucket.Week)
        {
            var (year, week) = (int.Parse(period[..4], CultureInfo.InvariantCulture), int.Parse(period[6..], CultureInfo.InvariantCulture));
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Sunday));
        }

        var first = DateOnly.ParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return first.AddMonths(1).AddDays(-1);
    }

    /// <summary>Every period from one date to another, in order.</summary>
    public static IReadOnlyList<string> Between(Bucket bucket, DateOnly from, DateOnly to)
    {
        var periods = new List<string>();
        for (var d = from; d <= to; d = bucket == Bucket.Week ? d.AddDays(7) : d.AddMonths(1))
        {
            var p = Of(bucket, d);
            if (periods.Count == 0 || periods[^1] != p)
            {
                periods.Add(p);
            }
        }

        var last = Of(bucket, to);
        if (periods[^1] != last)
        {
            periods.Add(last);
        }

        return periods;
    }
}
