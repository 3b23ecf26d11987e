using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;
using Xunit.Abstractions;

namespace AfterSales.Tests.Demo;

/// <summary>
/// The real <c>seed-demo</c> command on the SQLite default, then the real service on the data it wrote: every
/// seeded ticket is there after the seed's process has ended, and the reports count them.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SeedDemoCommandTests(ITestOutputHelper output) : IDisposable
{
    public const int Tickets = 150;

    private readonly SiloData _data = new("seed");

    [Fact]
    public async Task Seed_demo_writes_a_year_that_the_service_then_serves_and_refuses_to_seed_it_twice()
    {
        var seed = await Seed(_data.Settings());
        output.WriteLine(seed.Output);
        Assert.True(seed.ExitCode == 0, seed.Output);
        Assert.Contains($"{Tickets} tickets", seed.Output);

        // The demo's people sign in with the password the seed printed once.
        var password = Regex.Match(seed.Output, @"all with the password (\S+) ").Groups[1].Value;
        Assert.StartsWith("Demo-", password);
        await using (var silo = await SiloProcess.Start(_data.Settings()))
        {
            await silo.Explain(async () =>
            {
                await Served(silo);
                await SignsIn(silo, "assistant", password, "/app");
                await SignsIn(silo, "engineer-001", password, "/app");
                return true;
            });
        }

        var again = await Seed(_data.Settings());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds the demo data", again.Output);
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(500);
        return true;
    }

    /// <summary>Runs the real seed-demo command, at a small size, on the given storage.</summary>
    public static Task<(int ExitCode, string Output)> Seed(IReadOnlyDictionary<string, string> settings) =>
        SiloProcess.Run(SiloProcess.SeederDll, settings, TimeSpan.FromMinutes(3),
            "--tickets", $"{Tickets}", "--customers", "30", "--engineers", "12", "--stations", "4", "--surveys", "8", "--visits", "2");

    /// <summary>The service on seeded storage: every seeded ticket listed and counted, the dashboard drawn in both languages.</summary>
    public static async Task<bool> Served(SiloProcess silo)
    {
        using var quality = silo.Client(ProcessWorld.Token(Role.QualityDepartment, "qa-li"));
        // R-PM-2, R-CMP-1: the demo's plans and campaign: the service raises their due work once it runs (planned tickets).
        List<TicketSummary> tickets;
        var until = DateTime.UtcNow.AddSeconds(60);
        do
        {
            tickets = (await quality.All<TicketSummary>("/api/tickets?limit=200"))!;
        }
        while (!tickets.Any(t => t.Channel == IntakeChannel.PreventiveMaintenance) && DateTime.UtcNow < until && await Delay());
        Assert.Contains(tickets, t => t.Channel == IntakeChannel.PreventiveMaintenance);
        var takenIn = tickets.Where(t => !t.Channel.Planned()).ToList();
        Assert.Equal(Tickets, takenIn.Count);
        Assert.True(takenIn.Count(t => t.Status == TicketStatus.Closed) > Tickets * 0.8);

        // The year's months count the seeded tickets (the running month also the planned work raised today).
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var months = await quality.GetFromJsonAsync<List<ResponseTimeRow>>(
            $"/api/reports/response-times?bucket=month&from={today.AddYears(-1).AddDays(1):yyyy-MM-dd}&to={today:yyyy-MM-dd}", ApiFixture.Json);
        var running = ReportPeriods.Of(Bucket.Month, today);
        Assert.Equal(takenIn.Count(t => ReportPeriods.Of(Bucket.Month, DateOnly.FromDateTime(t.ReceivedAt.ToOffset(TimeSpan.FromHours(8)).DateTime)) != running),
            months!.Where(m => m.Period != running).Sum(m => m.Tickets));

        foreach (var (lang, title) in new[] { ("zh", "售后服务质量看板"), ("en", "After-sales service quality") })
        {
            var page = await quality.GetStringAsync($"/dashboard?lang={lang}");
            Assert.Contains($"<title>{title}</title>", page);
            var charts = Regex.Matches(page, "<img src=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal(AfterSales.Dashboard.Charts.ChartNames.All.Count, charts.Count);
            foreach (var chart in charts)
            {
                using var png = await quality.GetAsync(chart);
                Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
                Assert.True((await png.Content.ReadAsByteArrayAsync()).Length > 10_000, chart);
            }
        }

        return true;
    }

    private static async Task SignsIn(SiloProcess silo, string userName, string password, string page)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = silo.Address };
        var answer = await Accounts.SignInHttp.PasswordStep(browser, userName, password, page);
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"{userName}: {(int)answer.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(page)).StatusCode);
    }

    public void Dispose() => _data.Dispose();
}
