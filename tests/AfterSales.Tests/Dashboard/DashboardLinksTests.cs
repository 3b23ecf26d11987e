using System.Net;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AngleSharp.Html.Parser;

namespace AfterSales.Tests.Dashboard;

/// <summary>
/// The dashboard's figures as a quality manager follows them: each links to exactly the tickets it counts, in the
/// filters chosen; names, statuses and product lines in the page's language; a range that cannot be is explained.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardLinksTests(ApiFixture api)
{
    private static readonly HtmlParser Parser = new();

    private readonly string _region = $"Ningxia-{Guid.NewGuid():N}"[..16];

    private HttpClient Quality => api.As(Role.QualityDepartment, "qa-sun");

    [Fact]
    public async Task This_months_ticket_count_links_to_exactly_those_tickets_named_in_the_pages_language()
    {
        var assistant = api.As(Role.ServiceAssistant, "assistant-li");
        var customer = $"C-{Guid.NewGuid():N}"[..14];
        await assistant.Post("/api/customers", new { id = customer, name = "银川恒基混凝土有限公司", region = _region }).Ok<CustomerView>(HttpStatusCode.Created);
        await assistant.Post($"/api/customers/{customer}/machines", new { serial = $"M-{customer}", productLine = "BatchingPlant", model = "HZS120" })
            .Ok<CustomerView>(HttpStatusCode.Created);
        var opened = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            opened.Add((await assistant.Post("/api/tickets", new { channel = "Fax", customerId = customer, machineSerial = $"M-{customer}", description = "配料秤不准" })
                .Ok<TicketView>(HttpStatusCode.Created)).Id);
        }

        var page = Parser.ParseDocument(await Quality.GetStringAsync($"/dashboard?lang=zh&region={_region}"));
        Assert.Contains(_region, page.QuerySelector(".scope")!.TextContent);
        Assert.Equal(_region, page.QuerySelector("#f-region option[selected]")!.GetAttribute("value"));
        var thisMonth = page.QuerySelectorAll("table.figures tbody tr")[0].QuerySelectorAll("td a")[1];
        Assert.Equal("3", thisMonth.TextContent);

        var list = Parser.ParseDocument(await Quality.GetStringAsync(thisMonth.GetAttribute("href")!));
        Assert.Equal("3 张工单", list.QuerySelector(".count")!.TextContent);
        var rows = list.QuerySelectorAll("tbody tr");
        Assert.Equal(opened.Order(), rows.Select(r => r.QuerySelector("td a")!.TextContent).Order());
        Assert.All(rows, r => Assert.Equal($"/app/tickets/{r.QuerySelector("td a")!.TextContent}", r.QuerySelector("td a")!.GetAttribute("href")));
        var first = rows[0].QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal("已受理", first[1]);
        Assert.Equal("银川恒基混凝土有限公司", first[2]);
        Assert.Contains("搅拌站", first[3]);
        // Beijing time, not UTC.
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d$", first[6]);

        // Last month had none of them: its count links to an empty list, and its hours say "no data", not "met".
        var lastMonth = page.QuerySelectorAll("table.figures tbody tr")[0].QuerySelectorAll("td a")[0];
        Assert.Equal("0", lastMonth.TextContent);
        Assert.Empty(Parser.ParseDocument(await Quality.GetStringAsync(lastMonth.GetAttribute("href")!)).QuerySelectorAll("tbody tr"));
        var breaches = page.QuerySelectorAll("table.figures tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "超时次数");
        Assert.Equal("无数据", breaches.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.DoesNotContain("达标", breaches.QuerySelectorAll("td")[0].TextContent);
    }

    [Fact]
    public async Task Every_count_of_the_page_that_links_to_tickets_is_the_count_its_list_says_it_holds()
    {
        var assistant = api.As(Role.ServiceAssistant, "assistant-li");
        var customer = $"C-{Guid.NewGuid():N}"[..14];
        await assistant.Post("/api/customers", new { id = customer, name = "固原建材有限公司", region = _region }).Ok<CustomerView>(HttpStatusCode.Created);
        await assistant.Post($"/api/customers/{customer}/machines", new { serial = $"M-{customer}", productLine = "TruckMixer", model = "HJC5250" })
            .Ok<CustomerView>(HttpStatusCode.Created);
        for (var i = 0; i < 2; i++)
        {
            await assistant.Post("/api/tickets", new { channel = "Fax", customerId = customer, machineSerial = $"M-{customer}", description = "搅拌筒漏浆" })
                .Ok<TicketView>(HttpStatusCode.Created);
        }

        var page = Parser.ParseDocument(await Quality.GetStringAsync($"/dashboard?lang=en&region={_region}"));
        var links = page.QuerySelectorAll("main a[href^='/dashboard/tickets?']")
            .Where(a => Regex.IsMatch(a.TextContent, @"^\d+( tickets?)?$")).ToList();
        Assert.True(links.Count > 10, $"only {links.Count} counts link to tickets");
        foreach (var link in links.DistinctBy(a => a.GetAttribute("href")))
        {
            var list = Parser.ParseDocument(await Quality.GetStringAsync(link.GetAttribute("href")!));
            var said = Regex.Match(list.QuerySelector(".count")!.TextContent, @"^\d+").Value;
            Assert.True(Regex.Match(link.TextContent, @"^\d+").Value == said, $"{link.GetAttribute("href")}: the figure says {link.TextContent}, its list {said}");
        }
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_explained_on_the_page_and_draws_no_chart()
    {
        var answer = await Quality.GetAsync("/dashboard?lang=en&from=2026-05-01&to=2026-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var page = Parser.ParseDocument(await answer.Content.ReadAsStringAsync());
        Assert.Contains("“From” is after “To”", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("img"));
        // The dates as typed stay in the form, to be corrected.
        Assert.Equal("2026-05-01", page.QuerySelector("#f-from")!.GetAttribute("value"));

        var refused = await Quality.GetAsync("/dashboard/tickets?lang=zh&from=2026-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var zh = Parser.ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("日期", zh.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Every_chart_is_titled_with_its_range_and_each_week_of_it_links_to_its_tickets()
    {
        var page = Parser.ParseDocument(await Quality.GetStringAsync($"/dashboard?lang=en&from=2026-01-05&to=2026-02-01&region={_region}"));
        var figures = page.QuerySelectorAll(".charts figure");
        Assert.Equal(6, figures.Length);
        Assert.All(figures, f => Assert.Contains("2026-01-05 – 2026-02-01", f.QuerySelector("img")!.GetAttribute("alt")));
        Assert.All(figures, f => Assert.Contains($"region={_region}", f.QuerySelector("img")!.GetAttribute("src")));
        var weeks = figures[0].QuerySelectorAll("tbody tr");
        Assert.Equal(["2026-W02", "2026-W03", "2026-W04", "2026-W05"], weeks.Select(w => w.QuerySelector("th")!.TextContent));
        Assert.Equal(
            $"/dashboard/tickets?from=2026-01-05&to=2026-01-11&region={_region}",
            weeks[0].QuerySelectorAll("td a")[0].GetAttribute("href"));

        var svg = await Quality.GetStringAsync(figures[0].QuerySelectorAll("figcaption a").Last().GetAttribute("href")!);
        Assert.Contains("2026-01-05 – 2026-02-01", Regex.Replace(svg, "<[^>]+>", " "));
    }

    [Fact]
    public async Task The_dashboards_downloads_hold_the_range_and_filters_of_the_page_in_its_language()
    {
        var page = Parser.ParseDocument(await Quality.GetStringAsync($"/dashboard?lang=zh&from=2026-01-05&to=2026-02-01&region={_region}"));
        var download = page.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(6, download.Count);
        var weeks = download.Single(h => h.StartsWith("/dashboard/exports/response-times.xlsx", StringComparison.Ordinal));
        Assert.Contains($"region={_region}", weeks);

        var request = new HttpRequestMessage(HttpMethod.Get, weeks.Replace(".xlsx", ".csv"));
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var csv = (await (await Quality.SendAsync(request)).Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("期间,工单数", csv[0]);
        Assert.Equal(["2026-W02", "2026-W03", "2026-W04", "2026-W05"], csv[1..].Select(l => l.Split(',')[0]));
        Assert.Equal(HttpStatusCode.BadRequest, (await Quality.GetAsync("/dashboard/exports/tickets.xlsx?from=2026-05-01&to=2026-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(Role.Customer, "buyer", customerId: "C-x").GetAsync("/dashboard/exports/tickets.csv")).StatusCode);
    }
}
