using ScottPlot;

namespace AfterSales.Dashboard.Charts;

/// <summary>A plot as PNG or SVG bytes, for a desk or (laid out narrower, drawn at twice the pixels) for a phone.</summary>
public static class ChartRenderer
{
    public const int Width = 900;

    public const int Height = 420;

    /// <summary>A phone's chart, in CSS pixels: a column of a 390 px screen, taller than wide enough to read.</summary>
    public const int PhoneWidth = 400;

    public const int PhoneHeight = 440;

    /// <summary>The query value of a phone's chart (<c>size=phone</c>).</summary>
    public const string Phone = "phone";

    public static byte[] Render(Plot plot, ChartFormat format, int width = Width, int height = Height, float scale = 1)
    {
        if (format == ChartFormat.Png)
        {
            plot.ScaleFactor = scale;
            return plot.GetImageBytes((int)(width * scale), (int)(height * scale), ImageFormat.Png);
        }

        return System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height));
    }

    public static string ContentType(this ChartFormat format) => format == ChartFormat.Png ? "image/png" : "image/svg+xml";
}
