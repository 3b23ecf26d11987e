using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>SLA breaches per week (R-TKT-3, R-TKT-5); the target is none, so a week with any is red.</summary>
public static class BreachesChart
{
    public static Plot Build(IReadOnlyList<ResponseTimeRow> weeks, ChartContext c)
    {
        var t = c.T;
        var plot = ChartStyle.New(t.BreachesTitle, c.Scope, t.Week, t.Breaches);
        ChartStyle.PeriodAxis(plot, [.. weeks.Select(w => w.Period)], c.Running, c.Width);
        var bars = weeks.Select((w, i) => new Bar
        {
            Position = i,
            Value = w.Breaches,
            FillColor = c.IsRunning(w.Period) ? ChartStyle.Partial(ChartStyle.Bad) : ChartStyle.Bad,
            Size = 0.7,
        }).Where(b => b.Value > 0).ToList();
        if (bars.Count > 0)
        {
            plot.Add.Bars(bars);
        }

        // The weeks of tickets without a breach: a green mark on the zero line, which is the target itself.
        var met = weeks.Select((w, i) => (w, i)).Where(p => p.w.Tickets > 0 && p.w.Breaches == 0).ToList();
        if (met.Count > 0)
        {
            var marks = plot.Add.Markers(met.Select(p => (double)p.i).ToArray(), met.Select(_ => 0.0).ToArray(), MarkerShape.FilledCircle, 9, ChartStyle.Good);
            marks.LegendText = "";
        }

        ChartStyle.LegendItem(plot, t.Breaches, ChartStyle.Bad);
        ChartStyle.LegendItem(plot, t.BreachesTarget, ChartStyle.Good);
        if (weeks.All(w => w.Tickets == 0 && w.Breaches == 0))
        {
            ChartStyle.NoDataNote(plot, t.NoData);
        }

        plot.Axes.SetLimitsY(-0.4, Math.Max(4, weeks.Select(w => w.Breaches).DefaultIfEmpty(0).Max() * 1.2));
        ChartStyle.Legend(plot);
        return plot;
    }
}
