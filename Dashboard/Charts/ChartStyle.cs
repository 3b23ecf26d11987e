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

    /// <summary>The mark of a value beyond the scale.</summary>
    public static readonly Color Beyond = Color.FromHex("#1b1f24");

    /// <summary>Partial periods (the week or month still running) are drawn lighter and marked with this.</summary>
    public const string PartialMark = "*";

    /// <summary>A plot titled with what it shows and, on a second line, the range and filters it shows it for.</summary>
    public static Plot New(string title, string scope, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title($"{title}\n{scope}", size: 16);
        plot.XLabel(xLabel, size: 13);
        plot.YLabel(yLabel, size: 13);
        return plot;
    }

    /// <summary>Periods at 0, 1, 2, ... labelled by name (the partial one marked); long ranges show every n-th label, slanted.</summary>
    public static void PeriodAxis(Plot plot, IReadOnlyList<string> periods, IReadOnlySet<string>? running, int width = ChartRenderer.Width)
    {
        periods = [.. periods.Select(p => running?.Contains(p) == true ? p + PartialMark : p)];
        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / (width >= ChartRenderer.Width * 3 / 4 ? 16.0 : 7.0)));
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

    public static void HorizontalTarget(Plot plot, double y, string legend) => Dash(plot.Add.HorizontalLine(y), legend, Target);

    /// <summary>A target line whose legend entry is one of the chart's own (<see cref="LegendItem"/>).</summary>
    public static void TargetLine(ScottPlot.Plottables.AxisLine line) => Dash(line, "", Target);

    /// <summary>A colour as drawn for a partial period: the same hue, lighter.</summary>
    public static Color Partial(Color color) => color.WithAlpha(0.45);

    /// <summary>A legend entry of its own (a swatch of the colour), for what no plottable names alone.</summary>
    public static void LegendItem(Plot plot, string text, Color color) =>
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = text, FillColor = color, LineColor = color, LineWidth = 0 });

    public static void NoDataNote(Plot plot, string text)
    {
        var note = plot.Add.Annotation(text, Alignment.MiddleCenter);
        note.LabelFontSize = 16;
    }

    /// <summary>The legend under the plot; ScottPlot draws nothing at all for an outside legend without items.</summary>
    public static void Legend(Plot plot)
    {
        if (plot.Legend.GetItems().Length > 0 || plot.Legend.ManualItems.Count > 0)
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
