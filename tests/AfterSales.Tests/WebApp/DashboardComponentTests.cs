using AfterSales.Dashboard.App;
using AfterSales.Dashboard.App.Pages.Quality;
using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Tests.WebApp;

/// <summary>The dashboard's figures and filters as components (bUnit): what each figure says and where it leads.</summary>
public sealed class DashboardComponentTests : IDisposable
{
    private static readonly DashboardQuery November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Region: "Sichuan");

    private static readonly DashboardQuery December = new(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3), Region: "Sichuan");

    private readonly BunitContext _context = new();

    public DashboardComponentTests()
    {
        _context.Services.AddLocalization();
        _context.Services.AddSingleton(new LocalTimes(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
    }

    [Fact]
    public void Each_figure_says_met_or_missed_against_its_target_and_links_its_own_months_tickets()
    {
        Culture("en");
        var months = new[]
        {
            new MonthColumn("Last month", November, new ResponseTimeRow("2026-11", 40, 1.5, 3.0, 20, 30, 50, 2, 24, 4, 3), new SatisfactionRow("2026-11", 20, 19, 0.95, 0.95, false)),
            new MonthColumn("This month", December, new ResponseTimeRow("2026-12", 2, 0.5, 0.9, null, null, null, 2, 24, 0), new SatisfactionRow("2026-12", 0, 0, null, 0.95, false)),
        };
        var figures = _context.Render<MonthFigures>(p => p.Add(c => c.Months, months));

        var rows = figures.FindAll("tbody tr");
        Assert.Equal("/dashboard/tickets?from=2026-11-01&to=2026-11-30&region=Sichuan", rows[0].QuerySelectorAll("a")[0].GetAttribute("href"));
        Assert.Equal("/dashboard/tickets?from=2026-12-01&to=2026-12-03&region=Sichuan", rows[0].QuerySelectorAll("a")[1].GetAttribute("href"));

        var p90 = rows.Single(r => r.QuerySelector("th")!.TextContent == "First response P90");
        Assert.Contains("missed", p90.QuerySelectorAll("td")[0].TextContent);
        Assert.Contains("met", p90.QuerySelectorAll("td")[1].TextContent);

        // No visit yet this month: time to site has no data, which is neither met nor missed.
        var site = rows.Single(r => r.QuerySelector("th")!.TextContent == "Time to site P50").QuerySelectorAll("td")[1];
        Assert.Equal("no data", site.TextContent.Trim());

        var breaches = rows.Single(r => r.QuerySelector("th")!.TextContent == "Breaches");
        Assert.Equal("/dashboard/tickets?from=2026-11-01&to=2026-11-30&region=Sichuan&breached=true", breaches.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("met", breaches.QuerySelectorAll("td")[1].TextContent);

        // Breaches count deadlines, the list behind them tickets: the figure says both, the link the tickets'.
        var november = breaches.QuerySelectorAll("td")[0];
        Assert.Equal("4 breaches on", november.QuerySelector(".breaches")!.TextContent);
        Assert.Equal("3 tickets", november.QuerySelector("a")!.TextContent);
        Assert.Equal("0 breaches on", breaches.QuerySelectorAll("td")[1].QuerySelector(".breaches")!.TextContent);

        var satisfaction = rows.Single(r => r.QuerySelector("th")!.TextContent == "Satisfaction");
        Assert.Equal("/dashboard/responses?from=2026-11-01&to=2026-11-30&region=Sichuan", satisfaction.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("no data", satisfaction.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public void The_filters_offer_what_exists_by_name_and_keep_the_choice_in_chinese()
    {
        Culture("zh");
        var choices = new FilterChoices(["Sichuan", "四川"], [("S-1", "成都服务站")], [("E-1", "王工"), ("E-2", "李工")]);
        var form = _context.Render<QualityFilters>(p => p
            .Add(c => c.Choices, choices)
            .Add(c => c.Query, December with { EngineerId = "E-2", ProductLine = ProductLine.TruckMixer }));

        Assert.Equal(["", "Sichuan", "四川"], form.FindAll("#f-region option").Select(o => o.GetAttribute("value")));
        // The region kept under its pinyin key reads in Chinese (the region table).
        Assert.Equal("四川", form.Find("#f-region option[value='Sichuan']").TextContent);
        Assert.Equal("成都服务站", form.Find("#f-station option[value='S-1']").TextContent);
        Assert.True(form.Find("#f-engineer option[value='E-2']").HasAttribute("selected"));
        Assert.False(form.Find("#f-engineer option[value='E-1']").HasAttribute("selected"));
        Assert.Equal("搅拌车", form.Find("#f-line option[selected]").TextContent);
        Assert.Equal("2026-12-01", form.Find("#f-from").GetAttribute("value"));
    }

    public void Dispose() => _context.Dispose();

    private static void Culture(string name) =>
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(name);
}
