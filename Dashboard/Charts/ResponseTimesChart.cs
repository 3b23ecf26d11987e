using System.Globalization;
using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>
/// One measure per week, p50 and p90, against its target: first response (R-TKT-3) and time to site (R-TKT-5) in
/// panels of their own, so that each target stays readable. The scale reaches the highest week, but at least three
/// and at most ten times the target; a week beyond it is drawn at the edge with its value written beside it, so that
/// two holiday weeks do not flatten the rest and the target never lies on the axis.
/// </summary>
public static class ResponseTimesChart
{
    public const double MinTimesTarget = 3;

    public const double MaxTimesTarget = 10;

    public static Plot FirstResponse(IReadOnlyList<ResponseTimeRow> weeks, ChartContext c) => Build(
        weeks, c, c.T.FirstResponseTitle, w => w.FirstResponseP50Hours, w => w.FirstResponseP90Hours, w => w.TargetFirstResponseHours,
        c.T.FirstResponseP50, c.T.FirstResponseP90, c.T.FirstResponseTarget, ChartStyle.FirstResponse);

    public static Plot TimeToSite(IReadOnlyList<ResponseTimeRow> weeks, ChartContext c) => Build(
        weeks, c, c.T.TimeToSiteTitle, w => w.TimeToSiteP50Hours, w => w.TimeToSiteP90Hours, w => w.TargetTimeToSiteHours,
        c.T.TimeToSiteP50, c.T.TimeToSiteP90, c.T.TimeToSiteTarget, ChartStyle.TimeToSite);

    private static Plot Build(
        IReadOnlyList<ResponseTimeRow> weeks, ChartContext c, string title, Func<ResponseTimeRow, double?> p50, Func<ResponseTimeRow, double?> p90,
        Func<ResponseTimeRow, double> target, string p50Legend, string p90Legend, string targetLegend, Color color)
    {
        var plot = ChartStyle.New(title, c.Scope, c.T.Week, c.T.Hours);
        ChartStyle.PeriodAxis(plot, [.. weeks.Select(w => w.Period)], c.Running);

        // The target of the version of the code of conduct in force at the end of the range.
        var goal = weeks.Count > 0 ? target(weeks[^1]) : 0;
        var highest = weeks.SelectMany(w => new[] { p50(w), p90(w) }).OfType<double>().DefaultIfEmpty(0).Max();
        var top = goal > 0 ? Math.Clamp(highest, goal * MinTimesTarget, goal * MaxTimesTarget) : Math.Max(1, highest);
        var any = Series(plot, weeks, p50, p50Legend, color, LinePattern.Solid, top);
        any |= Series(plot, weeks, p90, p90Legend, color, LinePattern.Dotted, top);
        if (goal > 0)
        {
            ChartStyle.HorizontalTarget(plot, goal, string.Format(CultureInfo.InvariantCulture, targetLegend, goal));
        }

        if (!any)
        {
            ChartStyle.NoDataNote(plot, c.T.NoData);
        }

        plot.Axes.SetLimitsY(0, top * 1.12);
        ChartStyle.Legend(plot);
        return plot;
    }

    private static bool Series(Plot plot, IReadOnlyList<ResponseTimeRow> weeks, Func<ResponseTimeRow, double?> value, string legend, Color color, LinePattern pattern, double top)
    {
        var points = weeks.Select((w, i) => (x: (double)i, y: value(w))).Where(p => p.y is not null).ToList();
        if (points.Count == 0)
        {
            return false;
        }

        var line = plot.Add.Scatter(points.Select(p => p.x).ToArray(), points.Select(p => Math.Min(p.y!.Value, top)).ToArray(), color);
        line.LegendText = legend;
        line.LinePattern = pattern;
        line.LineWidth = 2;
        line.MarkerSize = 6;
        foreach (var (x, y) in points.Where(p => p.y > top))
        {
            var beyond = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"↑{y:0} h"), x, top);
            beyond.LabelFontColor = color;
            beyond.LabelFontSize = 12;
            beyond.LabelAlignment = Alignment.LowerCenter;
        }

        return true;
    }
}
