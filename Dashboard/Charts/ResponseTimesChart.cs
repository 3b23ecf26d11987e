using System.Globalization;
using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>
/// One measure per week, p50 and p90, against its target: first response (R-TKT-3) and time to site (R-TKT-5) in
/// panels of their own, so that each target stays readable. The scale and the weeks beyond it: <see cref="HoursScale"/>.
/// </summary>
public static class ResponseTimesChart
{
    public static Plot FirstResponse(IReadOnlyList<ResponseTimeRow> weeks, ChartContext c) => Build(
        weeks, c, c.T.FirstResponseTitle, w => w.FirstResponseP50Hours, w => w.FirstResponseP90Hours, w => w.TargetFirstResponseHours,
        c.T.FirstResponseP50, c.T.FirstResponseP90, c.T.FirstResponseTarget, ChartStyle.FirstResponse);

    public static Plot TimeToSite(IReadOnlyList<ResponseTimeRow> weeks, ChartContext c) => Build(
        weeks, c, c.T.TimeToSiteTitle, w => w.TimeToSiteP50Hours, w => w.TimeToSiteP90Hours, w => w.TargetTimeToSiteHours,
        c.T.TimeToSiteP50, c.T.TimeToSiteP90, c.T.TimeToSiteTarget, ChartStyle.TimeToSite);

    /// <summary>The scale of a panel: the target of the version of the code of conduct in force at the end of the range.</summary>
    public static HoursScale Scale(IReadOnlyList<ResponseTimeRow> weeks, Func<ResponseTimeRow, double?> p50, Func<ResponseTimeRow, double?> p90, Func<ResponseTimeRow, double> target) =>
        HoursScale.Of(weeks.Count > 0 ? target(weeks[^1]) : 0, weeks.SelectMany(w => new[] { p50(w), p90(w) }));

    private static Plot Build(
        IReadOnlyList<ResponseTimeRow> weeks, ChartContext c, string title, Func<ResponseTimeRow, double?> p50, Func<ResponseTimeRow, double?> p90,
        Func<ResponseTimeRow, double> target, string p50Legend, string p90Legend, string targetLegend, Color color)
    {
        var plot = ChartStyle.New(title, c.Scope, c.T.Week, c.T.Hours);
        ChartStyle.PeriodAxis(plot, [.. weeks.Select(w => w.Period)], c.Running, c.Width);

        var goal = weeks.Count > 0 ? target(weeks[^1]) : 0;
        var scale = Scale(weeks, p50, p90, target);
        var any = Series(plot, weeks, p50, p50Legend, color, LinePattern.Solid);
        any |= Series(plot, weeks, p90, p90Legend, color, LinePattern.Dotted);
        if (goal > 0)
        {
            ChartStyle.HorizontalTarget(plot, goal, string.Format(CultureInfo.InvariantCulture, targetLegend, goal));
        }

        var beyond = scale.Beyond([[.. weeks.Select(p50)], [.. weeks.Select(p90)]], HoursScale.WeeksApart(weeks.Count, c.Width));
        Beyond(plot, beyond, scale, color, c.T.BeyondScale);
        if (!any)
        {
            ChartStyle.NoDataNote(plot, c.T.NoData);
        }

        plot.Axes.SetLimitsY(0, scale.Limit);
        ChartStyle.Legend(plot);
        return plot;
    }

    /// <summary>A line at its true values: beyond the scale it leaves the plot (drawn only within it).</summary>
    private static bool Series(Plot plot, IReadOnlyList<ResponseTimeRow> weeks, Func<ResponseTimeRow, double?> value, string legend, Color color, LinePattern pattern)
    {
        var points = weeks.Select((w, i) => (x: (double)i, y: value(w))).Where(p => p.y is not null).ToList();
        if (points.Count == 0)
        {
            return false;
        }

        var line = plot.Add.Scatter(points.Select(p => p.x).ToArray(), points.Select(p => p.y!.Value).ToArray(), color);
        line.LegendText = legend;
        line.LinePattern = pattern;
        line.LineWidth = 2;
        line.MarkerSize = 6;
        return true;
    }

    /// <summary>Where a line leaves the scale: an open triangle on its top, the value above it where there is room.</summary>
    private static void Beyond(Plot plot, IReadOnlyList<BeyondMark> marks, HoursScale scale, Color color, string legend)
    {
        if (marks.Count == 0)
        {
            return;
        }

        var triangles = plot.Add.Markers(marks.Select(m => (double)m.Week).ToArray(), marks.Select(_ => scale.Top).ToArray(), MarkerShape.OpenTriangleUp, 11, ChartStyle.Beyond);
        triangles.MarkerLineWidth = 2;
        triangles.LegendText = legend;
        foreach (var mark in marks.Where(m => m.Written))
        {
            var text = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"{mark.Hours:0} h"), mark.Week, scale.Top);
            text.LabelFontColor = color;
            text.LabelFontSize = 12;
            text.LabelBold = true;
            text.LabelAlignment = Alignment.LowerCenter;
            text.LabelOffsetY = -8;
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        }
    }
}
