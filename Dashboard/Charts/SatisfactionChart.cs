using System.Globalization;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>Satisfaction per month against the 95% target (R-SAT-2); the months under it are red.</summary>
public static class SatisfactionChart
{
    public static Plot Build(IReadOnlyList<SatisfactionRow> months, ChartTexts t)
    {
        var plot = ChartStyle.New(t.SatisfactionTitle, t.Month, t.SatisfactionRate);
        ChartStyle.PeriodAxis(plot, [.. months.Select(m => m.Period)]);
        var rated = months.Select((m, i) => (m, i)).Where(p => p.m.Rate is not null).ToList();
        AddBars(plot, rated.Where(p => !p.m.BelowTarget), ChartStyle.Good, t.AtOrAboveTarget);
        AddBars(plot, rated.Where(p => p.m.BelowTarget), ChartStyle.Bad, t.BelowTarget);
        var target = months.Count > 0 ? months[^1].Target : 0.95;
        ChartStyle.HorizontalTarget(plot, target * 100, string.Format(CultureInfo.InvariantCulture, t.SatisfactionTarget, target * 100));
        if (rated.Count == 0)
        {
            ChartStyle.NoDataNote(plot, t.NoData);
        }

        var lowest = rated.Select(p => p.m.Rate!.Value * 100).Append(target * 100).Min();
        plot.Axes.SetLimitsY(Math.Max(0, Math.Floor((lowest - 10) / 10) * 10), 102);
        ChartStyle.Legend(plot);
        return plot;
    }

    private static void AddBars(Plot plot, IEnumerable<(SatisfactionRow m, int i)> months, Color color, string legend)
    {
        var bars = months.Select(p => new Bar { Position = p.i, Value = p.m.Rate!.Value * 100, FillColor = color, Size = 0.7 }).ToList();
        if (bars.Count > 0)
        {
            plot.Add.Bars(bars).LegendText = legend;
        }
    }
}
