using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>SLA breaches per week; the target is none.</summary>
public static class BreachesChart
{
    public static Plot Build(IReadOnlyList<ResponseTimeRow> weeks, ChartTexts t)
    {
        var plot = ChartStyle.New(t.BreachesTitle, t.Week, t.Breaches);
        ChartStyle.PeriodAxis(plot, [.. weeks.Select(w => w.Period)]);
        var bars = plot.Add.Bars(weeks.Select((w, i) => new Bar
        {
            Position = i,
            Value = w.Breaches,
            FillColor = w.Breaches > 0 ? ChartStyle.Bad : ChartStyle.Good,
            Size = 0.7,
        }).ToList());
        bars.LegendText = t.Breaches;
        ChartStyle.HorizontalTarget(plot, 0, t.BreachesTarget);
        if (weeks.All(w => w.Tickets == 0 && w.Breaches == 0))
        {
            ChartStyle.NoDataNote(plot, t.NoData);
        }

        plot.Axes.SetLimitsY(0, Math.Max(4, weeks.Select(w => w.Breaches).DefaultIfEmpty(0).Max() * 1.2));
        ChartStyle.Legend(plot);
        return plot;
    }
}
