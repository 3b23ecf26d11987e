using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>What every chart shares: colours, the period axis, the dashed target line, the empty-range note.</summary>
internal static class ChartStyle
{
    public static readonly Color Good = Color.FromHex("#2e7d32");

    public static readonly Color Bad = Color.FromHex("#c62828");

    public static readonly Color Target = Color.FromHex("#6a1b9a");

    public static readonly Color FirstResponse = Color.FromHex("#1565c0");

    public static readonly Color TimeToSite = Color.FromHex("#ef6c00");

    public static Plot New(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, size: 18);
        plot.XLabel(xLabel, size: 13);
        plot.YLabel(yLabel, size: 13);
        return plot;
    }

    /// <summary>Periods at 0, 1, 2, ... labelled by name; long ranges show every n-th label, slanted.</summary>
    public static void PeriodAxis(Plot plot, IReadOnlyList<string> periods)
    {
        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / 16.0));
        var positions = Enumerable.Range(0, periods.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. positions.Select(i => (double)i)], [.. positions.Select(i => periods[i])]);
        if (periods.Count > 6)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 70;
        }

        plot.Axes.SetLimitsX(-0.6, Math.Max(periods.Count, 1) - 0.4);
    }

    public static void HorizontalTarget(Plot plot, double y, string legend, Color? color = null)
    {
        var line = plot.Add.HorizontalLine(y);
        Dash(line, legend, color ?? Target);
    }

    public static void VerticalTarget(Plot plot, double x, string legend)
    {
        var line = plot.Add.VerticalLine(x);
        Dash(line, legend, Target);
    }

    public static void NoDataNote(Plot plot, string text)
    {
        var note = plot.Add.Annotation(text, Alignment.MiddleCenter);
        note.LabelFontSize = 16;
    }

    /// <summary>The legend under the plot; ScottPlot draws nothing at all for an outside legend without items.</summary>
    public static void Legend(Plot plot)
    {
        if (plot.Legend.GetItems().Length > 0)
        {
            plot.ShowLegend(Edge.Bottom);
        }
    }

    private static void Dash(ScottPlot.Plottables.AxisLine line, string legend, Color color)
    {
        line.LinePattern = LinePattern.Dashed;
        line.LineWidth = 2;
        line.Color = color;
        line.LegendText = legend;
    }
}
