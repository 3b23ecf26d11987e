using System.Globalization;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>Satisfaction over the range per engineer or per station, lowest first, against the target (R-SAT-2).</summary>
public static class SatisfactionRankingChart
{
    public const int MaxBars = 15;

    public static Plot ByEngineer(IReadOnlyList<SatisfactionRow> rows, ChartTexts t) => Build(rows, t.SatisfactionByEngineerTitle, t.Engineer, t);

    public static Plot ByStation(IReadOnlyList<SatisfactionRow> rows, ChartTexts t) => Build(rows, t.SatisfactionByStationTitle, t.Station, t);

    private static Plot Build(IReadOnlyList<SatisfactionRow> rows, string title, string who, ChartTexts t)
    {
        var plot = ChartStyle.New(title, t.SatisfactionRate, who);
        var ranked = rows.Where(r => r.Rate is not null).OrderBy(r => r.Rate).Take(MaxBars).ToList();
        var bars = ranked.Select((r, i) => new Bar
        {
            Position = ranked.Count - 1 - i, // lowest on top
            Value = r.Rate!.Value * 100,
            FillColor = r.BelowTarget ? ChartStyle.Bad : ChartStyle.Good,
            Size = 0.7,
            Orientation = Orientation.Horizontal,
        }).ToList();
        if (bars.Count > 0)
        {
            plot.Add.Bars(bars);
        }

        plot.Axes.Left.SetTicks([.. ranked.Select((_, i) => (double)(ranked.Count - 1 - i))], [.. ranked.Select(r => r.Key ?? t.Unassigned)]);
        plot.Axes.SetLimitsY(-0.6, Math.Max(ranked.Count, 1) - 0.4);
        var target = rows.Count > 0 ? rows[0].Target : 0.95;
        ChartStyle.VerticalTarget(plot, target * 100, string.Format(CultureInfo.InvariantCulture, t.SatisfactionTarget, target * 100));
        if (ranked.Count == 0)
        {
            ChartStyle.NoDataNote(plot, t.NoData);
        }

        var lowest = ranked.Select(r => r.Rate!.Value * 100).Append(target * 100).Min();
        plot.Axes.SetLimitsX(Math.Max(0, Math.Floor((lowest - 10) / 10) * 10), 102);
        ChartStyle.Legend(plot);
        return plot;
    }
}
