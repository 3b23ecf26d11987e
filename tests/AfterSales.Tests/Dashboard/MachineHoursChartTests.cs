using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.Tests.Tools;

namespace AfterSales.Tests.Dashboard;

/// <summary>The machine page's chart of its hours (R-MCH-2): drawn with its readings or without any, titled in the reader's language.</summary>
[Trait("Category", "Slow")]
public sealed class MachineHoursChartTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    static MachineHoursChartTests() => ChartFonts.UseDefault();

    public MachineHoursChartTests() => RequiredTool.Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei");

    [Theory]
    [InlineData(Language.Zh, 0)]
    [InlineData(Language.Zh, 1)]
    [InlineData(Language.En, 3)]
    public void R_MCH_2_the_hours_chart_renders_its_readings_titled_in_the_readers_language(Language language, int count)
    {
        var t = ChartTexts.For(language);
        var start = new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
        var readings = Enumerable.Range(0, count)
            .Select(i => new MachineReading("TM-9", i + 1, 100 + (i * 40), start.AddDays(i * 7), ReadingSource.Desk, "assistant-li", start.AddDays(i * 7)))
            .ToList();

        var png = ChartRenderer.Render(MachineHoursChart.Build(readings, new ChartContext(t, "TM-9"), Shanghai), ChartFormat.Png);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        var svg = System.Text.Encoding.UTF8.GetString(ChartRenderer.Render(MachineHoursChart.Build(readings, new ChartContext(t, "TM-9"), Shanghai), ChartFormat.Svg));
        var text = System.Xml.Linq.XDocument.Parse(svg).Root!.Value;
        Assert.Contains(t.MachineHoursTitle, text);
        Assert.Contains(count == 0 ? t.NoData : t.OperatingHours, text);
        if (count > 0)
        {
            // The date axis keeps its label, and writes dates as the pages do.
            Assert.Contains(t.ReadOn, text);
            Assert.Contains("2026-01-0", text);
        }
    }
}
