using System.Globalization;
using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>Satisfaction per month against the 95% target (R-SAT-2); the months under it are red, the month still running lighter.</summary>
public static class SatisfactionChart
{
    public static Plot Build(IReadOnlyList<SatisfactionRow> months, ChartContext c)
    {
        var t = c.T;
        var plot = ChartStyle.New(t.SatisfactionTitle, c.Scope, t.Month, t.SatisfactionRate);
        ChartStyle.PeriodAxis(plot, [.. months.Select(m => m.Period)], c.Running, c.Width);
        var rated = months.Select((m, i) => (m, i)).Where(p => p.m.Rate is not null).ToList();
        var bars = rated.Select(p =>
        {
            var color = p.m.BelowTarget ? ChartStyle.Bad : ChartStyle.Good;
            return new Bar { Position = p.i, Value = p.m.Rate!.Value * 100, FillColor = c.IsRunning(p.m.Period) ? ChartStyle.Partial(color) : color, Size = 0.7 };
        }).ToList();
        if (bars.Count > 0)
        {
            plot.Add.Bars(bars);
        }

        var target = months.Count > 0 ? months[^1].Target : 0.95;
        ChartStyle.TargetLine(plot.Add.HorizontalLine(target * 100));
        ChartStyle.LegendItem(plot, t.AtOrAboveTarget, ChartStyle.Good);
        ChartStyle.LegendItem(plot, t.BelowTarget, ChartStyle.Bad);
        ChartStyle.LegendItem(plot, string.Format(CultureInfo.InvariantCulture, t.SatisfactionTarget, target * 100), ChartStyle.Target);
        if (rated.Count == 0)
        {
            ChartStyle.NoDataNote(plot, t.NoData);
        }

        var lowest = rated.Select(p => p.m.Rate!.Value * 100).Append(target * 100).Min();
        plot.Axes.SetLimitsY(Math.Max(0, Math.Floor((lowest - 10) / 10) * 10), 102);
        ChartStyle.Legend(plot);
        return plot;
    }
}
