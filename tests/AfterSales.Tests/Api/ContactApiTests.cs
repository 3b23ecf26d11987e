using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Api;

/// <summary>
/// R-TKT-1 through the real HTTP pipeline: intake records whom to call back and where to go (the caller, a callback
/// number, a known site of the customer or an address told), the ticket answers them as <c>contact</c>, and an intake
/// without them works as before.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ContactApiTests(ApiFixture api)
{
    private const string Address = "济南市历城区工业北路 88 号";

    private static async Task<string> Site(ApiWorld w, string address = Address)
    {
        var siteId = $"S-{w.CustomerId}";
        await w.Assistant.Post("/api/sites", new { id = siteId, customerId = w.CustomerId, address, region = "Shandong" }).Ok<SiteView>(HttpStatusCode.Created);
        return siteId;
    }

    private static object Intake(ApiWorld w, object contact) => Merge(
        new { channel = "Telephone", customerId = w.CustomerId, machineSerial = w.Serial, description = "搅拌筒不转" }, contact);

    private static Dictionary<string, object?> Merge(object a, object b) =>
        JsonSerializer.SerializeToElement(a).EnumerateObject().Concat(JsonSerializer.SerializeToElement(b).EnumerateObject())
            .ToDictionary(p => p.Name, p => (object?)p.Value);

    [Fact]
    public async Task R_TKT_1_intake_records_the_caller_the_callback_number_and_a_known_site_and_the_ticket_answers_them()
    {
        var w = await ApiWorld.Create(api);
        var siteId = await Site(w);

        var opened = await w.Assistant.Post("/api/tickets", Intake(w, new { caller = " 刘师傅 ", callbackPhone = "+86 (531) 8888-6666", siteId }))
            .Ok<TicketView>(HttpStatusCode.Created);

        // The site's address as it is at intake is kept on the ticket, beside the site's id.
        Assert.Equal(new TicketContact("刘师傅", "+86 (531) 8888-6666", siteId, Address), opened.Contact);
        Assert.Equal(opened.Contact, (await w.Manager.GetAsync($"/api/tickets/{opened.Id}").Ok<TicketView>()).Contact);

        // The number and the place are the customer's own: its reading of the ticket shows them too.
        Assert.Equal(opened.Contact, (await w.Customer.GetAsync($"/api/tickets/{opened.Id}").Ok<TicketView>()).Contact);

        // The desk's lists show where to go.
        var listed = await w.Manager.All<TicketSummary>($"/api/tickets?customerId={w.CustomerId}");
        Assert.Equal(Address, Assert.Single(listed).Place);
    }

    [Fact]
    public async Task R_TKT_1_an_address_told_is_kept_as_told_and_a_customers_own_request_takes_its_site()
    {
        var w = await ApiWorld.Create(api);
        var siteId = await Site(w);

        var told = await w.Assistant.Post("/api/tickets", Intake(w, new { callbackPhone = "0531-88886666", siteAddress = "章丘区明水开发区 工地南门" }))
            .Ok<TicketView>(HttpStatusCode.Created);
        Assert.Equal(new TicketContact(null, "0531-88886666", null, "章丘区明水开发区 工地南门"), told.Contact);

        var own = await w.Customer.Post("/api/tickets", Intake(w, new { caller = "王经理", callbackPhone = "13800138000", siteId }))
            .Ok<TicketView>(HttpStatusCode.Created);
        Assert.Equal(new TicketContact("王经理", "13800138000", siteId, Address), own.Contact);
    }

    [Fact]
    public async Task R_TKT_1_a_site_of_another_customer_is_refused_and_changes_nothing()
    {
        var w = await ApiWorld.Create(api);
        var other = await ApiWorld.Create(api);
        var othersSite = await Site(other, "上海市嘉定区安亭镇 1 号");
        var ownSite = await Site(w);

        foreach (var (language, detail) in new[]
        {
            ("zh", $"R-TKT-1：用户“{w.CustomerId}”名下没有工地“{othersSite}”。"),
            ("en", $"R-TKT-1: customer '{w.CustomerId}' has no site '{othersSite}'."),
        })
        {
            var refused = await Send(w, Intake(w, new { siteId = othersSite }), language).Problem(HttpStatusCode.BadRequest, "R-TKT-1");
            Assert.Equal(detail, refused.GetProperty("detail").GetString());
            Assert.True(refused.GetProperty("errors").TryGetProperty("siteId", out _));
        }

        // A site that does not exist is no better; nor a known site and an address at once.
        await Send(w, Intake(w, new { siteId = "S-nowhere" }), "en").Problem(HttpStatusCode.BadRequest, "R-TKT-1");
        var both = await Send(w, Intake(w, new { siteId = ownSite, siteAddress = "别处" }), "zh").Problem(HttpStatusCode.BadRequest, "R-TKT-1");
        Assert.Equal("R-TKT-1：地点只能选已登记的工地或填写地址，不能两者都填。", both.GetProperty("detail").GetString());
        Assert.True(both.GetProperty("errors").TryGetProperty("siteAddress", out _));

        // Nothing was taken in for the customer.
        Assert.Empty(await w.Manager.All<TicketSummary>($"/api/tickets?customerId={w.CustomerId}"));
    }

    [Theory]
    [InlineData("call me maybe")]
    [InlineData("1234")]
    [InlineData("123456789012345678901")]
    [InlineData("138-0013-8000 ext. 5")]
    public async Task R_TKT_1_a_callback_number_that_is_no_phone_number_is_refused_naming_the_field_in_Chinese_and_English(string phone)
    {
        var w = await ApiWorld.Create(api);

        var zh = await Send(w, Intake(w, new { callbackPhone = phone }), "zh-CN,zh;q=0.9").Problem(HttpStatusCode.BadRequest, "R-TKT-1");
        Assert.Equal($"R-TKT-1：回电号码“{phone}”不是电话号码：只能包含数字、空格、“+”、“-”和括号，数字 5 至 20 位。", zh.GetProperty("detail").GetString());
        Assert.True(zh.GetProperty("errors").TryGetProperty("callbackPhone", out _));

        var en = await Send(w, Intake(w, new { callbackPhone = phone }), "en").Problem(HttpStatusCode.BadRequest, "R-TKT-1");
        Assert.Equal(
            $"R-TKT-1: the callback number '{phone}' is no phone number: digits, spaces, '+', '-' and parentheses, 5 to 20 digits.",
            en.GetProperty("detail").GetString());
        Assert.Empty(await w.Manager.All<TicketSummary>($"/api/tickets?customerId={w.CustomerId}"));
    }

    [Fact]
    public async Task A_caller_beyond_the_length_limit_is_refused_by_the_APIs_limits()
    {
        var w = await ApiWorld.Create(api);
        var refused = await Send(w, Intake(w, new { caller = new string('刘', 201) }), "en").Problem(HttpStatusCode.BadRequest, "API-INPUT");
        Assert.True(refused.GetProperty("errors").TryGetProperty("caller", out _));
    }

    [Fact]
    public async Task An_intake_of_an_older_client_without_the_new_fields_still_works_and_answers_an_empty_contact()
    {
        var w = await ApiWorld.Create(api);

        var response = await w.Assistant.PostRaw(
            "/api/tickets", $$"""{"channel":"Fax","customerId":"{{w.CustomerId}}","machineSerial":"{{w.Serial}}","description":"漏油"}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var contact = json.GetProperty("contact");
        foreach (var field in new[] { "caller", "callbackPhone", "siteId", "siteAddress" })
        {
            Assert.Equal(JsonValueKind.Null, contact.GetProperty(field).ValueKind);
        }

        // The list's place is the customer's city when no site was told.
        var listed = await w.Manager.All<TicketSummary>($"/api/tickets?customerId={w.CustomerId}");
        Assert.Equal("Jinan", Assert.Single(listed).Place);
    }

    private static Task<HttpResponseMessage> Send(ApiWorld w, object body, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/tickets") { Content = JsonContent.Create(body, options: ApiFixture.Json) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return w.Assistant.SendAsync(request);
    }
}
