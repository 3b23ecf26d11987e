namespace AfterSales.Dashboard.Charts;

/// <summary>
/// The hours axis of a response-time panel and the weeks that leave it. The scale reaches the highest week, but at
/// least <see cref="MinTimesTarget"/> and at most <see cref="MaxTimesTarget"/> times the target, so that two holiday
/// weeks do not flatten the rest and the target never lies on the axis. A line goes on to its true value and leaves
/// the plot; where it crosses the top of the scale a mark says so, with the value written above it where there is
/// room beside the other marks' values (the largest first); every value is in the table under the chart.
/// </summary>
public sealed record HoursScale(double Top)
{
    public const double MinTimesTarget = 3;

    public const double MaxTimesTarget = 10;

    /// <summary>Room above the top of the scale for the values of the marks.</summary>
    public const double Headroom = 1.15;

    /// <summary>Where the plot ends: the top of the scale and the headroom above it.</summary>
    public double Limit => Top * Headroom;

    public static HoursScale Of(double target, IEnumerable<double?> values)
    {
        var highest = values.OfType<double>().DefaultIfEmpty(0).Max();
        return new HoursScale(target > 0 ? Math.Clamp(highest, target * MinTimesTarget, target * MaxTimesTarget) : Math.Max(1, highest));
    }

    /// <summary>
    /// The weeks whose value (of any series) lies beyond the top, one mark each with the highest of them; a mark's value
    /// is written only when no written one is closer than <paramref name="minWeeksApart"/> weeks.
    /// </summary>
    public IReadOnlyList<BeyondMark> Beyond(IReadOnlyList<IReadOnlyList<double?>> series, int minWeeksApart)
    {
        var weeks = series.Count == 0 ? 0 : series.Max(s => s.Count);
        var marks = Enumerable.Range(0, weeks)
            .Select(i => (Week: i, Hours: series.Select(s => i < s.Count ? s[i] : null).OfType<double>().DefaultIfEmpty(0).Max()))
            .Where(w => w.Hours > Top)
            .ToList();
        var written = new List<int>();
        foreach (var (week, _) in marks.OrderByDescending(m => m.Hours).ThenBy(m => m.Week))
        {
            if (written.All(w => Math.Abs(w - week) >= minWeeksApart))
            {
                written.Add(week);
            }
        }

        return [.. marks.Select(m => new BeyondMark(m.Week, m.Hours, written.Contains(m.Week)))];
    }

    /// <summary>How many weeks apart two written values must be not to overlap, at a plot's width in pixels.</summary>
    public static int WeeksApart(int weeks, int width, double labelPixels = 52)
    {
        var perWeek = width * 0.85 / Math.Max(1, weeks);
        return Math.Max(1, (int)Math.Ceiling(labelPixels / perWeek));
    }
}

/// <summary>A week beyond the scale: its index, its highest value, and whether that value is written on the plot.</summary>
public readonly record struct BeyondMark(int Week, double Hours, bool Written);
