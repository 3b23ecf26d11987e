using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class StationApiTests(ApiFixture api)
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    private HttpClient Manager => api.As(Role.ServiceManager, "manager-wang");

    private HttpClient Assistant => api.As(Role.ServiceAssistant, "assistant-li");

    private HttpClient Station(string id) => api.As(Role.ServiceStation, $"user-of-{id}", stationId: id);

    private string Region(string name) => $"{name}-{_tag}";

    private static object Agreement(string id, string region, string validFrom = "2020-01-01", string validTo = "2034-12-31") =>
        new { id, name = $"授权服务站 {id}", regions = new[] { region }, productLines = new[] { "TruckMixer" }, validFrom, validTo };

    private async Task<StationView> Register(string id, string region) =>
        await Manager.Post("/api/stations", Agreement(id, region)).Ok<StationView>(HttpStatusCode.Created);

    /// <summary>A customer in the region with a truck mixer whose serial is "M-" + the customer id.</summary>
    private async Task<string> Customer(string region)
    {
        var id = $"C-{Guid.NewGuid():N}"[..14];
        await Assistant.Post("/api/customers", new { id, name = "济南建业混凝土", region, city = "Jinan" }).Ok<CustomerView>(HttpStatusCode.Created);
        await Assistant.Post($"/api/customers/{id}/machines", new { serial = $"M-{id}", productLine = "TruckMixer", model = "HTM1204" })
            .Ok<CustomerView>(HttpStatusCode.Created);
        return id;
    }

    private static Task<HttpResponseMessage> Open(HttpClient by, string customerId) =>
        by.Post("/api/tickets", new { channel = "Telephone", customerId, machineSerial = $"M-{customerId}", description = "搅拌筒不转 drum does not turn" });

    [Fact]
    public async Task R_STN_1_a_station_lists_reads_and_opens_only_the_tickets_of_its_area()
    {
        var (a, b) = ($"S-a-{_tag}", $"S-b-{_tag}");
        await Register(a, Region("Shandong"));
        await Register(b, Region("Hebei"));
        var (customerA, customerB) = (await Customer(Region("Shandong")), await Customer(Region("Hebei")));
        var routedToA = await Open(Assistant, customerA).Ok<TicketView>(HttpStatusCode.Created);
        var routedToB = await Open(Assistant, customerB).Ok<TicketView>(HttpStatusCode.Created);
        Assert.Equal(a, routedToA.StationId);
        Assert.Equal(b, routedToB.StationId);

        var station = Station(a);
        var openedByA = await Open(station, customerA).Ok<TicketView>(HttpStatusCode.Created);
        Assert.Equal(a, openedByA.StationId);
        await Open(station, customerB).Problem(HttpStatusCode.Conflict, "R-STN-1");

        var listed = await station.GetAsync("/api/tickets").Ok<List<TicketSummary>>();
        Assert.Equal(new[] { routedToA.Id, openedByA.Id }.Order(), listed.Select(t => t.Id).Order());
        Assert.Equal(routedToA.Id, (await station.GetAsync($"/api/tickets/{routedToA.Id}").Ok<TicketView>()).Id);
        await station.GetAsync($"/api/tickets/{routedToB.Id}").Problem(HttpStatusCode.Forbidden);
        await station.Post($"/api/tickets/{routedToB.Id}/classify", new { category = "Breakdown", warrantySuspected = false })
            .Problem(HttpStatusCode.Forbidden);
        var unchanged = await Assistant.GetAsync($"/api/tickets/{routedToB.Id}").Ok<TicketView>();
        Assert.Equal(routedToB.Version, unchanged.Version);

        // The after-sales department keeps working on the routed ticket.
        var classified = await Assistant.Post($"/api/tickets/{routedToA.Id}/classify", new { category = "Breakdown", warrantySuspected = false }).Ok<TicketView>();
        Assert.Equal(a, classified.StationId);

        Assert.Equal(a, (await station.GetAsync($"/api/stations/{a}").Ok<StationView>()).Id);
        await station.GetAsync($"/api/stations/{b}").Problem(HttpStatusCode.Forbidden);
        Assert.Equal(b, (await Assistant.GetAsync($"/api/stations/{b}").Ok<StationView>()).Id);
        await api.As(Role.Customer, "u", customerId: customerA).GetAsync($"/api/stations/{a}").Problem(HttpStatusCode.Forbidden);
        await Manager.GetAsync($"/api/stations/S-unknown-{_tag}").Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task R_STN_1_a_station_is_registered_by_the_service_manager_and_malformed_agreements_answer_400()
    {
        var id = $"S-new-{_tag}";
        var region = Region("Shandong");

        await Assistant.Post("/api/stations", Agreement(id, region)).Problem(HttpStatusCode.Forbidden, "R-STN-1");
        await api.As(Role.ServiceStation, "s", stationId: id).Post("/api/stations", Agreement(id, region)).Problem(HttpStatusCode.Forbidden, "R-STN-1");

        var reversed = await Manager.Post("/api/stations", Agreement(id, region, "2027-01-01", "2026-12-31")).Problem(HttpStatusCode.BadRequest, "R-STN-1");
        Assert.True(reversed.GetProperty("errors").TryGetProperty("validTo", out _), reversed.ToString());
        var noRegions = await Manager.Post("/api/stations", new { id, name = "x", regions = Array.Empty<string>(), productLines = new[] { "TruckMixer" }, validFrom = "2026-01-01", validTo = "2026-12-31" })
            .Problem(HttpStatusCode.BadRequest, "R-STN-1");
        Assert.True(noRegions.GetProperty("errors").TryGetProperty("regions", out _), noRegions.ToString());
        var missing = await Manager.PostRaw("/api/stations", $$"""{"id":"{{id}}","name":"x","productLines":["TruckMixer"],"validFrom":"2026-01-01","validTo":"2026-12-31"}""")
            .Problem(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("regions", out _), missing.ToString());
        var badDate = await Manager.PostRaw("/api/stations", $$"""{"id":"{{id}}","name":"x","regions":["{{region}}"],"productLines":["TruckMixer"],"validFrom":"2026-13-01","validTo":"2026-12-31"}""")
            .Problem(HttpStatusCode.BadRequest);
        Assert.True(badDate.GetProperty("errors").TryGetProperty("validFrom", out _), badDate.ToString());
        await Manager.PostRaw("/api/stations", $$"""{"id":"{{id}}","name":"x","regions":["{{region}}"],"productLines":["Bicycle"],"validFrom":"2026-01-01","validTo":"2026-12-31"}""")
            .Problem(HttpStatusCode.BadRequest);
        await Manager.GetAsync($"/api/stations/{id}").Problem(HttpStatusCode.NotFound);

        var created = await Manager.Post("/api/stations", Agreement(id, region));
        var first = await created.Ok<StationView>(HttpStatusCode.Created);
        Assert.Equal($"/api/stations/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal([region], first.Regions);
        Assert.Equal(new DateOnly(2034, 12, 31), first.ValidTo);
        var doc = await Manager.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/stations/{id}\"", doc);
    }

    [Fact]
    public async Task R_STN_2_an_overlapping_agreement_answers_409_and_a_retry_with_the_same_idempotency_key_applies_once()
    {
        var (id, rival) = ($"S-key-{_tag}", $"S-rival-{_tag}");
        var region = Region("Shandong");

        var first = await Manager.Post("/api/stations", Agreement(id, region), "stn-2026-01").Ok<StationView>(HttpStatusCode.Created);
        var retry = await Manager.Post("/api/stations", Agreement(id, region), "stn-2026-01").Ok<StationView>(HttpStatusCode.Created);
        Assert.Equal(first.RegisteredAt, retry.RegisteredAt);
        await Manager.Post("/api/stations", Agreement(id, region)).Problem(HttpStatusCode.Conflict, RuleIds.IdExists);

        await Manager.Post("/api/stations", Agreement(rival, $" {region.ToUpperInvariant()} ", "2030-01-01", "2031-12-31"))
            .Problem(HttpStatusCode.Conflict, "R-STN-2");
        await Manager.GetAsync($"/api/stations/{rival}").Problem(HttpStatusCode.NotFound);
        var customer = await Customer(region);
        Assert.Equal(id, (await Open(Assistant, customer).Ok<TicketView>(HttpStatusCode.Created)).StationId);
    }
}
