namespace AfterSales.Dashboard.Charts;

/// <summary>
/// The font of every chart: WenQuanYi Micro Hei (Debian's fonts-wqy-microhei) draws Chinese and Latin text alike;
/// Noto CJK clips ScottPlot's layout. Set once at start-up: ScottPlot's default font is process-wide.
/// </summary>
public static class ChartFonts
{
    public const string Family = "WenQuanYi Micro Hei";

    public static void UseDefault() => ScottPlot.Fonts.Default = Family;
}
