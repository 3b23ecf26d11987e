using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>A plot as PNG or SVG bytes.</summary>
public static class ChartRenderer
{
    public const int Width = 900;

    public const int Height = 420;

    public static byte[] Render(Plot plot, ChartFormat format, int width = Width, int height = Height) => format switch
    {
        ChartFormat.Png => plot.GetImageBytes(width, height, ImageFormat.Png),
        _ => System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height)),
    };

    public static string ContentType(this ChartFormat format) => format == ChartFormat.Png ? "image/png" : "image/svg+xml";
}
