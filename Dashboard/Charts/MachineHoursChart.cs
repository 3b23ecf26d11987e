using AfterSales.GrainInterfaces.Machines;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>
/// A machine's operating hours over time (R-MCH-2): each reading as read (corrections applied), joined in the order
/// read; the line only climbs, so a flat stretch is a machine standing still and a steep one a machine working hard.
/// </summary>
public static class MachineHoursChart
{
    /// <summary>The readings, oldest first, titled with the machine's serial (the chart's scope), dated in <paramref name="zone"/>.</summary>
    public static Plot Build(IReadOnlyList<MachineReading> readings, ChartContext c, TimeZoneInfo zone)
    {
        var t = c.T;
        var plot = ChartStyle.New(t.MachineHoursTitle, c.Scope, t.ReadOn, t.OperatingHours);
        if (readings.Count == 0)
        {
            ChartStyle.NoDataNote(plot, t.NoData);
            return plot;
        }

        // Dates on the axis as the business reads them (its calendar's zone), not UTC.
        var xs = readings.Select(r => TimeZoneInfo.ConvertTime(r.ReadAt, zone).DateTime.ToOADate()).ToArray();
        var ys = readings.Select(r => r.Hours).ToArray();
        var line = plot.Add.Scatter(xs, ys);
        line.Color = ChartStyle.FirstResponse;
        line.LineWidth = 2;
        line.MarkerSize = 6;
        // Dates as the pages write them (2026-03-02), not the US order; the date axis replaces the bottom one, so its label again.
        var dates = plot.Axes.DateTimeTicksBottom();
        if (dates.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        }

        plot.XLabel(t.ReadOn, size: 13);
        // A single reading would give the axes no span: widen them around it.
        if (readings.Count == 1)
        {
            plot.Axes.SetLimitsX(xs[0] - 3, xs[0] + 3);
        }

        plot.Axes.SetLimitsY(0, Math.Max(10, ys.Max() * 1.1));
        return plot;
    }
}
