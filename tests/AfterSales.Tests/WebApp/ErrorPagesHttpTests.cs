using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Accounts;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.WebApp;

/// <summary>
/// The pages outside the router (a refusal, a page that does not exist) keep the app's header and a way back; the
/// Operations start page shows their work: readiness, the cluster, the metrics and the Orleans dashboard.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class ErrorPagesHttpTests(ApiFixture api)
{
    [Fact]
    public async Task A_refusal_keeps_the_header_with_the_signed_in_person_and_leads_back_to_the_page_it_came_from()
    {
        var warehouse = await api.SignedIn(Role.Warehouse);
        var refused = await Page(warehouse, "/orleans/?lang=en", referer: "/app/sites");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("Not for your role", refused.Html);

        var header = Header(refused.Html);
        Assert.Contains("<a href=\"/app\">My work</a>", header);
        Assert.Contains("Warehouse", Regex.Match(header, "<span data-signed-in>([^<]*)</span>").Groups[1].Value);
        Assert.Contains("action=\"/logout\"", header);
        Assert.Contains("href=\"/orleans/?lang=zh\"", header);
        Assert.Equal("/app/sites", Back(refused.Html));
    }

    [Fact]
    public async Task A_page_that_does_not_exist_keeps_the_header_in_chinese_and_leads_back_home_without_a_page_to_return_to()
    {
        var desk = await api.SignedIn(Role.ServiceAssistant);
        var missing = await Page(desk, "/app/no/such/page?lang=zh");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        var header = Header(missing.Html);
        Assert.Contains("<a href=\"/app\">我的工作</a>", header);
        Assert.Contains("data-signed-in", header);
        Assert.Contains("href=\"/app/no/such/page?lang=en\"", header);
        Assert.Equal("/app", Back(missing.Html));
        Assert.Contains(">返回</a>", missing.Html);

        // Someone signed out sees the header without a person, and the same way back.
        var stranger = await Page(api.Browser(), "/no-such-page?lang=en");
        Assert.Equal(HttpStatusCode.NotFound, stranger.Status);
        Assert.DoesNotContain("data-signed-in", Header(stranger.Html));
        Assert.Contains("hreflang=\"zh\"", Header(stranger.Html));
        Assert.Equal("/app", Back(stranger.Html));
    }

    [Fact]
    public async Task The_operations_start_page_shows_readiness_as_health_ready_says_the_clusters_silos_and_links_metrics_and_orleans()
    {
        var operations = await api.SignedIn(Role.Operations);
        var start = await Page(operations, "/app?lang=en");
        Assert.Equal(HttpStatusCode.OK, start.Status);

        var ready = JsonNode.Parse(await (await operations.GetAsync("/health/ready")).Content.ReadAsStringAsync())!;
        var healthy = ready["status"]!.GetValue<string>() == "Healthy";
        Assert.Contains($"data-ready=\"{(healthy ? "true" : "false")}\"", start.Html);
        foreach (var check in ready["checks"]!.AsArray())
        {
            Assert.Contains($"data-check=\"{check!["name"]!.GetValue<string>()}\"", start.Html);
        }

        // The co-hosted silo, active, as Orleans' membership knows it.
        var silo = Regex.Match(start.Html, "<tr data-silo=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(silo.Success, start.Html);
        Assert.Contains("active", silo.Groups[2].Value);

        Assert.Contains("href=\"/metrics\"", start.Html);
        Assert.Contains("href=\"/orleans/\"", start.Html);
        Assert.Contains("href=\"/health/ready\"", start.Html);
        Assert.DoesNotContain("No tickets", start.Html);
        Assert.Equal(HttpStatusCode.OK, (await operations.GetAsync("/metrics")).StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Html)> Page(HttpClient browser, string path, string? referer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(browser.BaseAddress!, referer);
        }

        using var answer = await browser.SendAsync(request);
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    private static string Header(string html)
    {
        var header = HeaderElement().Match(html);
        Assert.True(header.Success, html);
        return header.Value;
    }

    private static string Back(string html) => WebUtility.HtmlDecode(BackLink().Match(html).Groups[1].Value);

    [GeneratedRegex("<header>.*?</header>", RegexOptions.Singleline)]
    private static partial Regex HeaderElement();

    [GeneratedRegex("<a href=\"([^\"]*)\" data-back>")]
    private static partial Regex BackLink();
}
