using System.Globalization;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>First response and time to site per week, p50 and p90, against their targets (R-TKT-3, R-TKT-5).</summary>
public static class ResponseTimesChart
{
    public static Plot Build(IReadOnlyList<ResponseTimeRow> weeks, ChartTexts t)
    {
        var plot = ChartStyle.New(t.ResponseTimesTitle, t.Week, t.Hours);
        ChartStyle.PeriodAxis(plot, [.. weeks.Select(w => w.Period)]);
        var any = false;
        any |= Series(plot, weeks, w => w.FirstResponseP50Hours, t.FirstResponseP50, ChartStyle.FirstResponse, LinePattern.Solid);
        any |= Series(plot, weeks, w => w.FirstResponseP90Hours, t.FirstResponseP90, ChartStyle.FirstResponse, LinePattern.Dotted);
        any |= Series(plot, weeks, w => w.TimeToSiteP50Hours, t.TimeToSiteP50, ChartStyle.TimeToSite, LinePattern.Solid);
        any |= Series(plot, weeks, w => w.TimeToSiteP90Hours, t.TimeToSiteP90, ChartStyle.TimeToSite, LinePattern.Dotted);

        // The targets of the version of the code of conduct in force at the end of the range.
        var last = weeks.Count > 0 ? weeks[^1] : null;
        if (last is not null)
        {
            ChartStyle.HorizontalTarget(plot, last.TargetFirstResponseHours,
                string.Format(CultureInfo.InvariantCulture, t.FirstResponseTarget, last.TargetFirstResponseHours), ChartStyle.FirstResponse);
            ChartStyle.HorizontalTarget(plot, last.TargetTimeToSiteHours,
                string.Format(CultureInfo.InvariantCulture, t.TimeToSiteTarget, last.TargetTimeToSiteHours), ChartStyle.TimeToSite);
        }

        if (!any)
        {
            ChartStyle.NoDataNote(plot, t.NoData);
        }

        var top = new[] { last?.TargetTimeToSiteHours ?? 1, last?.TargetFirstResponseHours ?? 1 }
            .Concat(weeks.SelectMany(w => new[] { w.FirstResponseP90Hours, w.TimeToSiteP90Hours }).OfType<double>()).Max();
        plot.Axes.SetLimitsY(0, top * 1.15);
        ChartStyle.Legend(plot);
        return plot;
    }

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
}
