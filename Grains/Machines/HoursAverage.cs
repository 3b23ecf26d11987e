using AfterSales.GrainInterfaces.Machines;

namespace AfterSales.Grains.Machines;

/// <summary>
/// The machine's average use per day over the last 90 days (R-PM-2), from a few anchors in its state: about one reading a
/// fortnight, the oldest the last one before the 90 days. Bounded: at most ~8 anchors, whatever the number of readings.
/// </summary>
public static class HoursAverage
{
    public const int Days = 90;

    private static readonly TimeSpan Spacing = TimeSpan.FromDays(15);

    /// <summary>The anchors with a new newest reading: kept when a week has passed since the newest anchor (or replacing it).</summary>
    public static List<HoursAnchor> Anchor(IReadOnlyList<HoursAnchor> anchors, HoursAnchor reading)
    {
        var list = anchors.ToList();
        if (list.Count >= 2 && reading.ReadAt - list[^2].ReadAt < Spacing)
        {
            list[^1] = reading;
        }
        else
        {
            list.Add(reading);
        }

        // The window's start: drop anchors while the next one is also older than 90 days.
        var start = reading.ReadAt.AddDays(-Days);
        while (list.Count > 2 && list[1].ReadAt <= start)
        {
            list.RemoveAt(0);
        }

        return list;
    }

    /// <summary>Hours per day over the last 90 days (or as long as known); null with fewer than two readings a day apart.</summary>
    public static double? PerDay(IReadOnlyList<HoursAnchor> anchors, MachineHours? newest)
    {
        if (newest is null || anchors.Count < 2)
        {
            return null;
        }

        var start = newest.ReadAt.AddDays(-Days);
        // The oldest anchor in the window, or the last one before it interpolated to the window's start.
        var first = anchors[0];
        var second = anchors[1];
        var (fromAt, fromHours) = first.ReadAt < start && second.ReadAt > start
            ? (start, first.Hours + (second.Hours - first.Hours) * ((start - first.ReadAt) / (second.ReadAt - first.ReadAt)))
            : (first.ReadAt, first.Hours);
        var days = (newest.ReadAt - fromAt).TotalDays;
        return days < 1 ? null : Math.Round((newest.Value - fromHours) / days, 2);
    }
}
