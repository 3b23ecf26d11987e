using AfterSales.Tests.Tools;
using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using ScottPlot;
using SkiaSharp;

namespace AfterSales.Tests.Dashboard;

/// <summary>Every chart in both languages as PNG and SVG: a real image of the right size, the localized title in the SVG.</summary>
[Trait("Category", "Slow")]
public sealed class ChartsTests
{
    static ChartsTests() => ChartFonts.UseDefault();

    public ChartsTests() => RequiredTool.Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei");

    public static TheoryData<ChartKind, Language> Every()
    {
        var data = new TheoryData<ChartKind, Language>();
        foreach (var kind in ChartNames.All)
        {
            data.Add(kind, Language.En);
            data.Add(kind, Language.Zh);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Each_chart_renders_to_png_and_svg_with_its_localized_title(ChartKind kind, Language language)
    {
        var t = ChartTexts.For(language);
        var png = ChartRenderer.Render(Build(kind, t), ChartFormat.Png);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        using (var bitmap = SKBitmap.Decode(png))
        {
            Assert.Equal((ChartRenderer.Width, ChartRenderer.Height), (bitmap.Width, bitmap.Height));
            Assert.True(DarkPixels(bitmap, bitmap.Height) > 2000, "the chart is blank");
        }

        var svg = System.Text.Encoding.UTF8.GetString(ChartRenderer.Render(Build(kind, t), ChartFormat.Svg));
        var text = System.Xml.Linq.XDocument.Parse(svg).Root!.Value;
        Assert.Contains(Title(kind, t), text);
        Assert.Contains($"width=\"{ChartRenderer.Width}\"", svg);
    }

    [Fact]
    public void Charts_of_an_empty_range_still_render_and_say_so()
    {
        var t = ChartTexts.For(Language.Zh);
        var plots = new[]
        {
            ResponseTimesChart.FirstResponse([], C(t)), ResponseTimesChart.TimeToSite([], C(t)), BreachesChart.Build([], C(t)),
            SatisfactionChart.Build([], C(t)), SatisfactionRankingChart.ByEngineer([], C(t)), SatisfactionRankingChart.ByStation([], C(t)),
        };
        foreach (var plot in plots)
        {
            using var bitmap = SKBitmap.Decode(ChartRenderer.Render(plot, ChartFormat.Png));
            Assert.True(DarkPixels(bitmap, bitmap.Height) > 1000, "the chart is blank");
            var svg = System.Xml.Linq.XDocument.Parse(plot.GetSvgXml(600, 300)).Root!.Value;
            Assert.Contains(t.NoData, svg);
        }
    }

    [Fact]
    public void Chinese_labels_are_drawn_with_a_font_that_has_their_glyphs_and_the_png_is_not_blank()
    {
        var t = ChartTexts.For(Language.Zh);
        using (var typeface = SKTypeface.FromFamilyName(ChartFonts.Family))
        {
            Assert.Equal(ChartFonts.Family, typeface.FamilyName);
            foreach (var label in new[] { t.FirstResponseTitle, t.TimeToSiteTitle, t.SatisfactionTitle, t.BreachesTitle, t.SatisfactionByEngineerTitle, t.SatisfactionByStationTitle, t.NoData, t.BelowTarget })
            {
                Assert.True(typeface.ContainsGlyphs(label), label);
            }
        }

        // The title band above the data area holds nothing but the Chinese title: it must hold drawn glyphs.
        var plot = new Plot();
        plot.Title(t.SatisfactionTitle, size: 28);
        using var bitmap = SKBitmap.Decode(plot.GetImageBytes(500, 300, ImageFormat.Png));
        var dark = DarkPixels(bitmap, rows: 40);
        Assert.True(dark > 300, $"only {dark} dark pixels in the title band");
    }

    private static int DarkPixels(SKBitmap bitmap, int rows)
    {
        var dark = 0;
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                dark += c.Red + c.Green + c.Blue < 300 ? 1 : 0;
            }
        }

        return dark;
    }

    [Fact]
    public void The_satisfaction_chart_marks_the_months_under_the_target()
    {
        var t = ChartTexts.For(Language.En);
        var svg = SatisfactionChart.Build(ChartSamples.Months, C(t)).GetSvgXml(900, 420);
        var text = System.Xml.Linq.XDocument.Parse(svg).Root!.Value;
        Assert.Contains(t.BelowTarget, text);
        Assert.Contains("Target 95%", text);
    }

    private static ChartContext C(ChartTexts t) => new(t, "2026-01-01 – 2026-03-31");

    private static Plot Build(ChartKind kind, ChartTexts t) => kind switch
    {
        ChartKind.FirstResponse => ResponseTimesChart.FirstResponse(ChartSamples.Weeks, C(t)),
        ChartKind.TimeToSite => ResponseTimesChart.TimeToSite(ChartSamples.Weeks, C(t)),
        ChartKind.Breaches => BreachesChart.Build(ChartSamples.Weeks, C(t)),
        ChartKind.Satisfaction => SatisfactionChart.Build(ChartSamples.Months, C(t)),
        ChartKind.SatisfactionByEngineer => SatisfactionRankingChart.ByEngineer(ChartSamples.Ranking("E"), C(t)),
        _ => SatisfactionRankingChart.ByStation(ChartSamples.Ranking("S"), C(t)),
    };

    private static string Title(ChartKind kind, ChartTexts t) => kind switch
    {
        ChartKind.FirstResponse => t.FirstResponseTitle,
        ChartKind.TimeToSite => t.TimeToSiteTitle,
        ChartKind.Breaches => t.BreachesTitle,
        ChartKind.Satisfaction => t.SatisfactionTitle,
        ChartKind.SatisfactionByEngineer => t.SatisfactionByEngineerTitle,
        _ => t.SatisfactionByStationTitle,
    };
}
