using System.Globalization;
using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>
/// Satisfaction over the range per engineer or per station, lowest first, against the target (R-SAT-2). At most
/// <see cref="MaxBars"/> are drawn, and the title says so when there are more.
/// </summary>
public static class SatisfactionRankingChart
{
    public const int MaxBars = 15;

    public static Plot ByEngineer(IReadOnlyList<SatisfactionRow> rows, ChartContext c) => Build(rows, c.T.SatisfactionByEngineerTitle, c.T.Engineer, c);

    public static Plot ByStation(IReadOnlyList<SatisfactionRow> rows, ChartContext c) => Build(rows, c.T.SatisfactionByStationTitle, c.T.Station, c);

    /// <summary>The rows drawn, lowest first.</summary>
    public static IReadOnlyList<SatisfactionRow> Ranked(IReadOnlyList<SatisfactionRow> rows) =>
        [.. rows.Where(r => r.Rate is not null).OrderBy(r => r.Rate).ThenBy(r => r.Key, StringComparer.Ordinal).Take(MaxBars)];

    private static Plot Build(IReadOnlyList<SatisfactionRow> rows, string title, string who, ChartContext c)
    {
        var t = c.T;
        var rated = rows.Count(r => r.Rate is not null);
        var ranked = Ranked(rows);
        var heading = rated > MaxBars ? $"{title} · {string.Format(CultureInfo.InvariantCulture, t.LowestOf, MaxBars, rated)}" : title;
        var plot = ChartStyle.New(heading, c.Scope, t.SatisfactionRate, who);
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

        plot.Axes.Left.SetTicks([.. ranked.Select((_, i) => (double)(ranked.Count - 1 - i))], [.. ranked.Select(r => c.NameOf(r.Key))]);
        plot.Axes.SetLimitsY(-0.6, Math.Max(ranked.Count, 1) - 0.4);
        var target = rows.Count > 0 ? rows[0].Target : 0.95;
        ChartStyle.TargetLine(plot.Add.VerticalLine(target * 100));
        ChartStyle.LegendItem(plot, t.AtOrAboveTarget, ChartStyle.Good);
        ChartStyle.LegendItem(plot, t.BelowTarget, ChartStyle.Bad);
        ChartStyle.LegendItem(plot, string.Format(CultureInfo.InvariantCulture, t.SatisfactionTarget, target * 100), ChartStyle.Target);
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
