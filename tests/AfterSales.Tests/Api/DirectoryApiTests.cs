using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Stations;

namespace AfterSales.Tests.Api;

/// <summary>docs/api.md "Lists": customers, engineers and stations page by id, searched by name, narrowed to the caller's own.</summary>
[Collection(ApiCollection.Name)]
public sealed class DirectoryApiTests(ApiFixture api)
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    private HttpClient Manager => api.As(Role.ServiceManager, "manager-wang");

    private HttpClient Assistant => api.As(Role.ServiceAssistant, "assistant-li");

    [Fact]
    public async Task Customers_are_listed_by_id_a_page_at_a_time_and_found_by_a_part_of_the_name_in_any_case()
    {
        var ids = new[] { $"C-{_tag}-1", $"C-{_tag}-2", $"C-{_tag}-3" };
        await Assistant.Post("/api/customers", new { id = ids[0], name = "济南建业混凝土", region = $"Shandong-{_tag}" }).Ok<CustomerView>(HttpStatusCode.Created);
        await Assistant.Post("/api/customers", new { id = ids[1], name = "Jinan Ready-Mix 100%_Co", region = $"Shandong-{_tag}" }).Ok<CustomerView>(HttpStatusCode.Created);
        await Assistant.Post("/api/customers", new { id = ids[2], name = "成都商混", region = $"Sichuan-{_tag}" }).Ok<CustomerView>(HttpStatusCode.Created);
        await Assistant.Post($"/api/customers/{ids[2]}/machines", new { serial = $"TM-{_tag}", productLine = "TruckMixer", model = "HTM1204" })
            .Ok<CustomerView>(HttpStatusCode.Created);

        var first = await Manager.GetAsync($"/api/customers?q={_tag}&limit=2");
        Assert.Equal(ids[..2], (await first.Ok<List<CustomerSummary>>()).Select(c => c.Id));
        var next = HttpAssertions.NextLink(first);
        Assert.NotNull(next);
        var last = await Manager.GetAsync(next);
        var rest = await last.Ok<List<CustomerSummary>>();
        Assert.Equal(ids[2], Assert.Single(rest).Id);
        Assert.Equal($"TM-{_tag}", Assert.Single(rest[0].Machines).Serial);
        Assert.Null(HttpAssertions.NextLink(last));

        Assert.Equal(ids[0], Assert.Single(await Manager.GetAsync($"/api/customers?q={Uri.EscapeDataString("建业")}").Ok<List<CustomerSummary>>(), c => c.Id.Contains(_tag)).Id);
        Assert.Equal(ids[1], Assert.Single(await Manager.GetAsync("/api/customers?q=JINAN%20READY").Ok<List<CustomerSummary>>(), c => c.Id.Contains(_tag)).Id);
        // A wildcard of SQL in the text is a character like any other.
        Assert.Equal(ids[1], Assert.Single(await Manager.GetAsync($"/api/customers?q={Uri.EscapeDataString("100%_")}").Ok<List<CustomerSummary>>()).Id);
        Assert.Empty(await Manager.GetAsync($"/api/customers?q={Uri.EscapeDataString("%")}{_tag}").Ok<List<CustomerSummary>>());
        Assert.Equal([ids[2]], (await Manager.GetAsync($"/api/customers?region=sichuan-{_tag}").Ok<List<CustomerSummary>>()).Select(c => c.Id));
    }

    [Fact]
    public async Task A_customer_lists_only_itself_and_a_station_only_itself()
    {
        var (mine, other) = ($"C-{_tag}-mine", $"C-{_tag}-other");
        await Assistant.Post("/api/customers", new { id = mine, name = "我的公司", region = "Hebei" }).Ok<CustomerView>(HttpStatusCode.Created);
        await Assistant.Post("/api/customers", new { id = other, name = "别人的公司", region = "Hebei" }).Ok<CustomerView>(HttpStatusCode.Created);
        var customer = api.As(Role.Customer, "buyer", customerId: mine);
        Assert.Equal([mine], (await customer.GetAsync("/api/customers").Ok<List<CustomerSummary>>()).Select(c => c.Id));
        Assert.Empty(await customer.GetAsync($"/api/customers?q={other}").Ok<List<CustomerSummary>>());

        var (s1, s2) = ($"S-{_tag}-1", $"S-{_tag}-2");
        foreach (var (id, region) in new[] { (s1, $"Gansu-{_tag}"), (s2, $"Qinghai-{_tag}") })
        {
            await Manager.Post("/api/stations", new { id, name = $"服务站 {id}", regions = new[] { region }, productLines = new[] { "TruckMixer" }, validFrom = "2020-01-01", validTo = "2034-12-31" })
                .Ok<StationView>(HttpStatusCode.Created);
        }

        Assert.Equal([s2], (await Manager.GetAsync($"/api/stations?region=QINGHAI-{_tag}").Ok<List<StationView>>()).Select(s => s.Id));
        Assert.Equal([s1, s2], (await Manager.GetAsync($"/api/stations?q={_tag}").Ok<List<StationView>>()).Select(s => s.Id));
        var station = api.As(Role.ServiceStation, "dealer", stationId: s1);
        Assert.Equal([s1], (await station.GetAsync($"/api/stations?q={_tag}").Ok<List<StationView>>()).Select(s => s.Id));
    }

    [Fact]
    public async Task Engineers_are_listed_with_their_product_lines_and_a_suspension_shows_in_the_list()
    {
        var id = $"E-{_tag}";
        await Manager.Post("/api/engineers", new
        {
            id, name = "张工 Zhang", yearsOfExperience = 6, trainingPassed = true, certifiedProductLines = new[] { "BatchingPlant" },
            tools = new[] { "multimeter" }, homeCity = "Chengdu",
        }).Ok<EngineerView>(HttpStatusCode.Created);
        var listed = Assert.Single(await Manager.GetAsync($"/api/engineers?q=zhang&limit=200").Ok<List<EngineerSummary>>(), e => e.Id == id);
        Assert.Equal([ProductLine.BatchingPlant], listed.CertifiedProductLines);
        Assert.False(listed.Suspended);

        await api.As(Role.CompanyLeader, "leader-zhao").Post($"/api/engineers/{id}/sanctions", new { kind = "Suspension", reason = "R-ENG-5 test" })
            .Ok<EngineerView>();
        Assert.True(Assert.Single(await Manager.GetAsync($"/api/engineers?q={id}").Ok<List<EngineerSummary>>()).Suspended);
        await api.As(Role.Customer, "buyer", customerId: "C-x").GetAsync("/api/engineers").Problem(HttpStatusCode.Forbidden);
    }
}
