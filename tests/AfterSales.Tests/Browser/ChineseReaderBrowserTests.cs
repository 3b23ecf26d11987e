using System.Net;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;
using Microsoft.Playwright;

namespace AfterSales.Tests.Browser;

/// <summary>
/// Issue 23 (6): a Chinese reader reads Chinese. Each role's start page, a ticket's page and the main lists, in Chinese,
/// are read as the screen shows them (the body's rendered text); what may stay Latin is taken out (the ids, serials,
/// product models and sign-in names of the data, web and mail addresses, numbers with their units, and the short list
/// below); no Latin word of two letters or more may remain.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class ChineseReaderBrowserTests : IDisposable
{
    /// <summary>
    /// Latin that a Chinese page keeps: "English" is the language switch, which names its language in that language;
    /// file formats (PDF, Excel, CSV, SVG) and the report's QR code are written so in Chinese too; Orleans and Prometheus
    /// are the names of the software the Operations links open.
    /// </summary>
    private static readonly string[] Allowed = ["English", "PDF", "Excel", "CSV", "SVG", "QR", "Orleans", "Prometheus"];

    private readonly SiloData _data = new("chinese-reader");

    [Fact]
    public async Task A_chinese_page_of_every_role_shows_no_english_word_but_ids_models_and_names()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Assistant.Post("/api/customers", new { id = "C-1", name = "建业混凝土有限公司", region = "Shandong", city = "Jinan" }).Ok<object>(HttpStatusCode.Created);
            await world.Assistant.Post("/api/customers/C-1/machines", new { serial = "TM-1", productLine = "TruckMixer", model = "HTM1204" }).Ok<object>(HttpStatusCode.Created);
            await world.Manager.Post("/api/engineers", new
            {
                id = "E-1", name = "王建国", yearsOfExperience = 5, trainingPassed = true, certifiedProductLines = new[] { "TruckMixer" },
                tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, homeCity = "Jinan",
            }).Ok<object>(HttpStatusCode.Created);
            await world.Manager.Post("/api/stations", new { id = "S-1", name = "济南服务站", regions = new[] { "Shandong" }, productLines = new[] { "TruckMixer" }, validFrom = "2020-01-01", validTo = "2034-12-31" })
                .Ok<object>(HttpStatusCode.Created);
            await world.Assistant.Post("/api/sites", new { id = "SITE-1", customerId = "C-1", address = "济南市历城区工业北路 88 号", region = "Shandong" }).Ok<object>(HttpStatusCode.Created);
            await world.Manager.Post("/api/campaigns", new
            {
                id = "CMP-1", title = "减速机油封改装", reason = "油封批次缺陷", kind = "Retrofit", serials = new[] { "TM-1" }, parts = new[] { "P-4711" },
                dueBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }).Ok<object>(HttpStatusCode.Created);
            var ticket = await world.Assistant.Post("/api/tickets", new { channel = "Fax", customerId = "C-1", machineSerial = "TM-1", description = "搅拌筒不转" }, "zh-1")
                .Ok<TicketView>(HttpStatusCode.Created);
            var path = $"/api/tickets/{ticket.Id}";
            await world.Assistant.Post($"{path}/classify", new { category = "Breakdown" }).Ok<TicketView>();
            await world.Assistant.Post($"{path}/assign", new { engineerId = "E-1" }).Ok<TicketView>();
            await world.Engineer.Post($"{path}/contact", new { notes = "已电话联系用户" }).Ok<TicketView>();

            // The data's ids, and the sign-in names of those who called the API for it (the history names them).
            var ids = new[] { ticket.Id, "C-1", "TM-1", "HTM1204", "E-1", "S-1", "SITE-1", "assistant", "manager", "CMP-1", "CMP-CMP-1-TM-1", "P-4711" };
            var pages = new (Role Role, string Sub, string? Customer, string? Station, string Path)[]
            {
                (Role.ServiceAssistant, "assistant-li", null, null, "/app"),
                (Role.ServiceAssistant, "assistant-li", null, null, $"/app/tickets/{ticket.Id}"),
                (Role.ServiceAssistant, "assistant-li", null, null, "/app/intake?customerId=C-1"),
                (Role.ServiceAssistant, "assistant-li", null, null, "/app/customers"),
                (Role.ServiceAssistant, "assistant-li", null, null, "/app/customers/C-1"),
                (Role.ServiceAssistant, "assistant-li", null, null, "/app/sites"),
                (Role.ServiceAssistant, "assistant-li", null, null, "/app/search?q=TM"),
                (Role.ServiceAssistant, "assistant-li", null, null, "/app/machines"),
                (Role.ServiceAssistant, "assistant-li", null, null, "/app/machines/TM-1"),
                (Role.ServiceManager, "manager-wang", null, null, "/app/machines/TM-1"),
                (Role.Customer, "user-1", "C-1", null, "/app/machines"),
                (Role.Customer, "user-1", "C-1", null, "/app/machines/TM-1"),
                (Role.ServiceStation, "station-1", null, "S-1", "/app/machines"),
                (Role.TechnicalDepartment, "td-sun", null, null, "/app/campaigns"),
                (Role.TechnicalDepartment, "td-sun", null, null, "/app/campaigns/CMP-1"),
                (Role.ServiceStation, "station-1", null, "S-1", "/app/campaigns/CMP-1"),
                (Role.ServiceManager, "manager-wang", null, null, "/app"),
                (Role.ServiceManager, "manager-wang", null, null, $"/app/tickets/{ticket.Id}"),
                (Role.ServiceManager, "manager-wang", null, null, "/app/engineers"),
                (Role.ServiceManager, "manager-wang", null, null, "/app/engineers/E-1"),
                (Role.ServiceManager, "manager-wang", null, null, "/app/stations"),
                (Role.ServiceManager, "manager-wang", null, null, "/app/tool-kits"),
                (Role.ServiceManager, "manager-wang", null, null, "/app/alerts"),
                (Role.ServiceEngineer, "E-1", null, null, "/app"),
                (Role.ServiceEngineer, "E-1", null, null, $"/app/tickets/{ticket.Id}"),
                (Role.Customer, "user-1", "C-1", null, "/app"),
                (Role.Customer, "user-1", "C-1", null, $"/app/tickets/{ticket.Id}"),
                (Role.ServiceStation, "station-1", null, "S-1", "/app"),
                (Role.TechnicalDepartment, "td-sun", null, null, "/app"),
                (Role.TechnicalDepartment, "td-sun", null, null, "/app/sites/SITE-1"),
                (Role.QualityDepartment, "qa-li", null, null, "/dashboard"),
                (Role.QualityDepartment, "qa-li", null, null, "/dashboard/tickets"),
                (Role.CompanyLeader, "leader-zhao", null, null, "/app"),
                (Role.Operations, "ops-ma", null, null, "/app"),
                (Role.Warehouse, "wh-qian", null, null, "/app"),
            };
            var signIns = pages.Select(p => p.Sub).Distinct().ToArray();
            await using var chromium = await Chromium.Start();
            var found = new List<string>();
            foreach (var (role, sub, customer, station, target) in pages)
            {
                var separator = target.Contains('?') ? '&' : '?';
                var page = await As(chromium, silo, role, sub, $"{target}{separator}lang=zh", customer, station);
                var text = await page.EvaluateAsync<string>("document.body.innerText");
                // The Operations page's silos by address, host and name: the machines' ids.
                var silos = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('tr[data-silo]')].flatMap(tr => [...tr.cells].slice(0, 2).flatMap(td => td.innerText.split(' · ')))");
                var words = EnglishWords(text, [.. ids, .. signIns, .. silos]);
                if (words.Count > 0)
                {
                    found.Add($"{role} {target}: {string.Join(", ", words)}");
                }
            }

            Assert.True(found.Count == 0, "English on Chinese pages:\n" + string.Join("\n", found));
            return true;
        });
    }

    [Fact]
    public void The_scan_keeps_ids_models_names_addresses_and_numbers_and_finds_english_words()
    {
        Assert.Empty(EnglishWords(
            "工单 T-20260105-0001 · TM-1 · HTM1204 · 王建国 (E-1) · https://example.com/verify/x · /health/ready · li@example.com · 12 h · 3.5 km · 10 MiB · R-TKT-4 · English · PDF",
            ["T-20260105-0001", "TM-1", "HTM1204", "E-1"]));
        Assert.Equal(["Breakdown", "Jinan", "multimeter"], EnglishWords("故障 Breakdown · 山东 Jinan · multimeter · E-1", ["E-1"]));
    }

    /// <summary>The Latin words of the text once the allowed ones are taken out (each once, in order).</summary>
    internal static List<string> EnglishWords(string text, IReadOnlyList<string> data)
    {
        foreach (var kept in data.OrderByDescending(d => d.Length))
        {
            text = text.Replace(kept, " ", StringComparison.OrdinalIgnoreCase);
        }

        text = RuleId().Replace(text, " ");
        text = Url().Replace(text, " ");
        text = Mail().Replace(text, " ");
        text = Hash().Replace(text, " ");
        text = NumberWithUnit().Replace(text, " ");
        return [.. Word().Matches(text).Select(m => m.Value).Where(w => !Allowed.Contains(w)).Distinct()];
    }

    /// <summary>A rule of the code of conduct by its id (R-TKT-4).</summary>
    [GeneratedRegex(@"\bR-[A-Z]+-\d+")]
    private static partial Regex RuleId();

    /// <summary>A web address, or a path of this service (/health/ready).</summary>
    [GeneratedRegex(@"https?://\S+|(?<![\w/])/[\w/.-]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Mail();

    /// <summary>A fingerprint (SHA-256) or a part of one.</summary>
    [GeneratedRegex(@"\b[0-9a-f]{12,}\b")]
    private static partial Regex Hash();

    /// <summary>A number and its unit (12 h, 3.5 km, 200 MB).</summary>
    [GeneratedRegex(@"\d+(\.\d+)?\s?(h|km|m|kg|KiB|MiB|GiB|KB|MB|GB|min|s|ms)\b")]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();

    private static async Task<IPage> As(Chromium chromium, SiloProcess silo, Role role, string sub, string target, string? customerId, string? stationId)
    {
        await chromium.Context.ClearCookiesAsync();
        foreach (var open in chromium.Context.Pages.ToList())
        {
            await open.CloseAsync();
        }

        var page = await chromium.Context.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 900);
        await Persons.SignIn(page, silo, await Persons.Ensure(silo, role, sub, customerId, stationId), target);
        return page;
    }

    public void Dispose() => _data.Dispose();
}
