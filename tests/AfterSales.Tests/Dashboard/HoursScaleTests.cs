using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Tests.Dashboard;

/// <summary>
/// The hours axis of the response-time panels as a model: a week beyond the scale is marked where its line leaves the
/// plot and keeps its true value (never pinned to the top); the values written beside the marks do not overlap.
/// </summary>
public sealed class HoursScaleTests
{
    [Fact]
    public void The_scale_stays_between_three_and_ten_times_the_target()
    {
        Assert.Equal(6, HoursScale.Of(2, [1.0, 1.5]).Top);
        Assert.Equal(14, HoursScale.Of(2, [3.0, 14.0, null]).Top);
        Assert.Equal(20, HoursScale.Of(2, [3.0, 200.0]).Top);
        Assert.Equal(20 * HoursScale.Headroom, HoursScale.Of(2, [200.0]).Limit);
    }

    [Fact]
    public void A_p90_beyond_the_scale_is_marked_with_its_true_value_on_the_plot_and_not_pinned()
    {
        var weeks = new[]
        {
            Week("2026-W01", 1.0, 3.0), Week("2026-W02", 1.2, 200.0), Week("2026-W03", 1.1, 2.5),
        };
        var plot = ResponseTimesChart.FirstResponse(weeks, new ChartContext(ChartTexts.For(Language.En), "scope"));

        var scale = ResponseTimesChart.Scale(weeks, w => w.FirstResponseP50Hours, w => w.FirstResponseP90Hours, w => w.TargetFirstResponseHours);
        Assert.Equal(20, scale.Top);
        Assert.Equal(scale.Limit, plot.Axes.GetLimits().Top, 3);

        // The p90 line goes on to 200 h (it leaves the plot), not to the top of the scale.
        var p90 = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single(s => s.LegendText == ChartTexts.For(Language.En).FirstResponseP90);
        Assert.Equal([3.0, 200.0, 2.5], p90.Data.GetScatterPoints().Select(p => p.Y));

        // Where it leaves: a mark on the top of the scale, in the legend, and its value written above it.
        var marks = plot.GetPlottables<ScottPlot.Plottables.Markers>().Single(m => m.LegendText == ChartTexts.For(Language.En).BeyondScale);
        Assert.Equal([(1.0, 20.0)], marks.Data.GetScatterPoints().Select(p => (p.X, p.Y)));
        Assert.Equal(["200 h"], plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText));
    }

    [Fact]
    public void A_week_with_both_percentiles_beyond_has_one_mark_and_one_value_the_highest()
    {
        var marks = new HoursScale(20).Beyond([[1.0, 30.0], [2.0, 90.0]], minWeeksApart: 1);
        Assert.Equal([new BeyondMark(1, 90, Written: true)], marks);
    }

    [Fact]
    public void Values_too_close_to_a_higher_one_are_marked_but_not_written_so_no_two_overlap()
    {
        // Five weeks in a row beyond the top, two weeks needed between written values: the highest first.
        var marks = new HoursScale(10).Beyond([[11.0, 50.0, 12.0, 13.0, 40.0, 1.0]], minWeeksApart: 2);
        Assert.Equal([0, 1, 2, 3, 4], marks.Select(m => m.Week));
        Assert.Equal([1, 4], marks.Where(m => m.Written).Select(m => m.Week));
        var written = marks.Where(m => m.Written).Select(m => m.Week).ToList();
        Assert.All(written, w => Assert.All(written.Where(o => o != w), o => Assert.True(Math.Abs(o - w) >= 2)));
    }

    [Fact]
    public void Fewer_weeks_fit_a_written_value_on_a_phone_than_on_a_desk()
    {
        Assert.Equal(1, HoursScale.WeeksApart(weeks: 8, width: ChartRenderer.Width));
        Assert.True(HoursScale.WeeksApart(weeks: 26, width: 420) > HoursScale.WeeksApart(weeks: 26, width: ChartRenderer.Width));
    }

    private static ResponseTimeRow Week(string period, double p50, double p90) => new(period, 10, p50, p90, 10, 20, 30, 2, 24, 0);
}
