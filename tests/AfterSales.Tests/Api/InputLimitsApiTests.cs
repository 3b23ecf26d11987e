using System.Net;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Api;

/// <summary>
/// docs/api.md "Lists, idempotency, limits": ids, texts, lists, dates and bodies beyond their limits answer 400 (413 for a
/// body over 1 MiB) with the field in the API's own names, change nothing, and never name an internal type.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InputLimitsApiTests(ApiFixture api)
{
    [Fact]
    public async Task Texts_beyond_their_limits_answer_400_with_the_field_and_change_nothing()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var before = await w.Manager.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>();

        var tooLong = await w.Assistant.Post($"/api/tickets/{t.Id}/reply", new { message = new string('长', 4001) }).Problem(HttpStatusCode.BadRequest, "API-INPUT");
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("message", out _), tooLong.ToString());
        var longName = await w.Assistant.Post("/api/customers", new { id = "C-long-name", name = new string('x', 201), region = "y" }).Problem(HttpStatusCode.BadRequest);
        Assert.True(longName.GetProperty("errors").TryGetProperty("name", out _), longName.ToString());
        var manyParts = Enumerable.Range(0, 101).Select(i => new { partNo = $"P-{i}", quantity = 1 }).ToArray();
        var tooMany = await w.Engineer.Post($"/api/tickets/{t.Id}/warranty-parts", new { parts = manyParts }).Problem(HttpStatusCode.BadRequest);
        Assert.True(tooMany.GetProperty("errors").TryGetProperty("parts", out _), tooMany.ToString());
        var badPart = await w.Engineer.Post($"/api/tickets/{t.Id}/warranty-parts", new { parts = new[] { new { partNo = "P/1", quantity = 1 } } }).Problem(HttpStatusCode.BadRequest);
        Assert.True(badPart.GetProperty("errors").TryGetProperty("parts[0].partNo", out _), badPart.ToString());

        var longKey = await w.Assistant.Post($"/api/tickets/{t.Id}/reply", new { message = "ok" }, new string('k', 201)).Problem(HttpStatusCode.BadRequest);
        Assert.True(longKey.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), longKey.ToString());

        var huge = await w.Assistant.PostRaw($"/api/tickets/{t.Id}/reply", JsonSerializer.Serialize(new { message = new string('x', 10 * 1024 * 1024) }))
            .Problem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("API-BODY", huge.GetProperty("ruleId").GetString());

        var after = await w.Manager.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>();
        Assert.Equal((before.Version, before.History.Count, before.Replies.Count), (after.Version, after.History.Count, after.Replies.Count));
    }

    [Theory]
    [InlineData("a{0}")]
    [InlineData("a/b")]
    [InlineData(" ")]
    [InlineData("a\u0000b")]
    [InlineData("-leading-hyphen")]
    public async Task An_id_that_is_not_an_id_answers_400_in_the_path_and_in_the_body(string id)
    {
        var manager = api.As(Role.ServiceManager, "manager-wang");
        if (!id.Contains('\0'))
        {
            // A NUL in a path is refused by the HTTP stack itself (the test server's client will not even send it).
            var inPath = await manager.GetAsync($"/api/customers/{Uri.EscapeDataString(id)}").Problem(HttpStatusCode.BadRequest);
            Assert.True(inPath.GetProperty("errors").TryGetProperty("id", out _), inPath.ToString());
        }

        var inBody = await manager.Post("/api/customers", new { id, name = "x", region = "y" }).Problem(HttpStatusCode.BadRequest);
        Assert.True(inBody.GetProperty("errors").TryGetProperty("id", out _), inBody.ToString());
        await manager.Post("/api/customers", new { id = new string('a', 65), name = "x", region = "y" }).Problem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1989-12-31")]
    [InlineData("9999-12-31")]
    public async Task Dates_before_1990_or_more_than_ten_years_ahead_answer_400(string date)
    {
        var manager = api.As(Role.ServiceManager, "manager-wang");
        var station = await manager.Post("/api/stations", new { id = $"S-{Guid.NewGuid():N}"[..12], name = "x", regions = new[] { "Hainan" }, productLines = new[] { "TruckMixer" }, validFrom = date, validTo = "2027-12-31" })
            .Problem(HttpStatusCode.BadRequest);
        Assert.True(station.GetProperty("errors").TryGetProperty("validFrom", out _), station.ToString());
        var report = await manager.GetAsync($"/api/reports/response-times?to={date}").Problem(HttpStatusCode.BadRequest);
        Assert.True(report.GetProperty("errors").TryGetProperty("to", out _), report.ToString());
        await manager.GetAsync($"/api/reports/satisfaction?from={date}").Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task References_must_exist_a_survey_names_a_known_customer()
    {
        var marketing = api.As(Role.Marketing, "marketing-wu");
        var unknown = await marketing.Post("/api/surveys", new { customerId = "C-nobody-knows", score = 5 }).Problem(HttpStatusCode.BadRequest, "R-SAT-1");
        Assert.True(unknown.GetProperty("errors").TryGetProperty("customerId", out _), unknown.ToString());
    }

    [Fact]
    public async Task Errors_name_the_API_fields_never_an_internal_type()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var answers = new[]
        {
            await w.Assistant.PostRaw($"/api/tickets/{t.Id}/classify", """{"category":"Nope","warrantySuspected":false}"""),
            await w.Assistant.PostRaw($"/api/tickets/{t.Id}/classify", """{"category":"Breakdown","warrantySuspected":"yes"}"""),
            await w.Assistant.PostRaw($"/api/tickets/{t.Id}/classify", "null"),
            await w.Assistant.PostRaw($"/api/tickets/{t.Id}/classify", "{"),
            await w.Assistant.PostRaw($"/api/tickets/{t.Id}/classify", "[]"),
            await w.Manager.GetAsync("/api/reports/response-times?productLine=Bicycle"),
            await w.Manager.GetAsync("/api/tickets?limit=many"),
            await w.Manager.GetAsync("/api/reports/satisfaction?from=2026-13-01"),
        };
        foreach (var answer in answers)
        {
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{(int)answer.StatusCode} {body}");
            Assert.DoesNotContain("AfterSales.", body);
            Assert.DoesNotContain("System.", body);
            Assert.DoesNotContain("Nullable", body);
            Assert.DoesNotContain("QueryChoice", body);
        }

        var category = JsonDocument.Parse(await answers[0].Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(category.TryGetProperty("category", out _), category.ToString());
    }

    [Theory]
    [InlineData("/orleans/SiloProperties/x")]
    [InlineData("/orleans/HistoricalStats/not-a-silo")]
    public async Task The_Orleans_dashboard_answers_an_address_that_is_no_silo_with_404(string path)
    {
        var operations = api.As(Role.Operations, "ops-zhou");
        await operations.GetAsync(path).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_no_Server_header()
    {
        var manager = api.As(Role.ServiceManager, "manager-wang");
        var json = await manager.GetAsync("/api/code-of-conduct");
        Assert.Equal("nosniff", json.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", json.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(json.Headers.CacheControl?.NoStore, "API JSON is personal data: never cached");
        Assert.False(json.Headers.Contains("Server"));

        var page = await api.Anonymous().GetAsync("/login");
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        var refused = await api.Anonymous().GetAsync("/api/tickets");
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
