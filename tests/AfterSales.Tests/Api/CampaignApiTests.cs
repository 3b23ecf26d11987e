using System.Net;
using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CampaignApiTests(ApiFixture api)
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    private HttpClient Manager => api.As(Role.ServiceManager, "manager-wang");

    private HttpClient TechDept => api.As(Role.TechnicalDepartment, "tech-zhao");

    private HttpClient Station(string id) => api.As(Role.ServiceStation, $"user-of-{id}", stationId: id);

    /// <summary>A station of a region of its own, and a customer there with a truck mixer; answers the machine's serial.</summary>
    private async Task<string> MachineAtStation(string stationId)
    {
        var region = $"Region-{stationId}";
        await Manager.Post("/api/stations", new
        {
            id = stationId, name = $"授权服务站 {stationId}", regions = new[] { region }, productLines = new[] { "TruckMixer" },
            validFrom = "2020-01-01", validTo = "2034-12-31",
        }).Ok<object>(HttpStatusCode.Created);
        var customerId = $"C-{stationId}";
        await Manager.Post("/api/customers", new { id = customerId, name = "济南建业混凝土", region, city = "Jinan" }).Ok<CustomerView>(HttpStatusCode.Created);
        await Manager.Post($"/api/customers/{customerId}/machines", new { serial = $"TM-{stationId}", productLine = "TruckMixer", model = "HTM1204" })
            .Ok<CustomerView>(HttpStatusCode.Created);
        return $"TM-{stationId}";
    }

    private static object Campaign(string id, string[] serials, string? dueBy = null) => new
    {
        id, title = "搅拌筒托轮螺栓加固 drum roller bolts", reason = "bolts of batch 2025-11 loosen", kind = "Retrofit", serials,
        parts = new[] { "P-4711" }, dueBy = dueBy ?? DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
    };

    [Fact]
    public async Task R_CMP_1_a_station_reads_only_its_part_of_a_campaign_and_bad_campaigns_answer_400_or_409()
    {
        var (a, b) = ($"S-a-{_tag}", $"S-b-{_tag}");
        var (serialA, serialB) = (await MachineAtStation(a), await MachineAtStation(b));
        var id = $"CMP-{_tag}";

        // The machines have their campaign tickets when the campaign is created.
        var created = await TechDept.Post("/api/campaigns", Campaign(id, [serialA, serialB])).Ok<CampaignView>(HttpStatusCode.Created);
        Assert.Equal((2, 0, 2, 0), (created.Machines, created.Done, created.Open, created.Overdue));
        var machines = await Manager.All<CampaignMachine>($"/api/campaigns/{id}/machines?limit=1");
        Assert.Equal([(serialA, a), (serialB, b)], machines.Select(m => (m.Serial, m.StationId)));
        var ticket = await Manager.GetAsync($"/api/tickets/{machines[0].TicketId}").Ok<TicketView>();
        Assert.Equal((IntakeChannel.Campaign, TicketCategory.Campaign, id), (ticket.Channel, ticket.Category, ticket.CampaignId));

        // The staff read it all; a station only its part.
        var whole = await Manager.GetAsync($"/api/campaigns/{id}").Ok<CampaignView>();
        Assert.Equal([a, b], whole.ByStation!.Select(s => s.StationId));
        var part = await Station(a).GetAsync($"/api/campaigns/{id}").Ok<CampaignView>();
        Assert.Equal((1, 1), (part.Machines, part.Open));
        Assert.Equal([a], part.ByStation!.Select(s => s.StationId));
        Assert.Equal([serialA], (await Station(a).All<CampaignMachine>($"/api/campaigns/{id}/machines")).Select(m => m.Serial));
        Assert.Contains(id, (await Station(a).All<CampaignView>("/api/campaigns")).Select(c => c.Id));

        // A campaign that reaches none of a station's machines is not its own.
        var other = $"CMP-o-{_tag}";
        await Manager.Post("/api/campaigns", Campaign(other, [serialB])).Ok<CampaignView>(HttpStatusCode.Created);
        await Station(a).GetAsync($"/api/campaigns/{other}").Problem(HttpStatusCode.Forbidden);
        await Station(a).GetAsync($"/api/campaigns/{other}/machines").Problem(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(other, (await Station(a).All<CampaignView>("/api/campaigns")).Select(c => c.Id));
        Assert.Contains(other, (await Manager.All<CampaignView>("/api/campaigns")).Select(c => c.Id));

        // Bad campaigns: 400 naming the field, an existing id 409, in the caller's language.
        var problem = await TechDept.Post("/api/campaigns", Campaign($"CMP-x-{_tag}", [])).Problem(HttpStatusCode.BadRequest, "R-CMP-1");
        Assert.True(problem.GetProperty("errors").TryGetProperty("serials", out _), problem.ToString());
        problem = await TechDept.Post("/api/campaigns", Campaign($"CMP-x-{_tag}", [serialA], dueBy: "2020-01-01")).Problem(HttpStatusCode.BadRequest, "R-CMP-1");
        Assert.True(problem.GetProperty("errors").TryGetProperty("dueBy", out _), problem.ToString());
        await TechDept.Post("/api/campaigns", Campaign(id, [serialA])).Problem(HttpStatusCode.Conflict, RuleIds.IdExists);
        await TechDept.GetAsync($"/api/campaigns/CMP-x-{_tag}").Problem(HttpStatusCode.NotFound);
        await Station(a).Post("/api/campaigns", Campaign($"CMP-y-{_tag}", [serialA])).Problem(HttpStatusCode.Forbidden);
    }
}

/// <summary>A service whose campaign enrolment runs every 0.2 s.</summary>
public sealed class EnrollingApi() : ApiFixture(new Dictionary<string, string> { ["Campaigns__EnrolSeconds"] = "0.2" });

[Collection(ApiCollection.Name)]
public sealed class CampaignEnrolmentApiTests(EnrollingApi api) : IClassFixture<EnrollingApi>
{
    [Fact]
    public async Task R_CMP_1_the_enrolment_gives_a_machine_registered_into_a_campaigns_range_later_its_ticket_by_itself()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (manager, tech) = (api.As(Role.ServiceManager, "manager-wang"), api.As(Role.TechnicalDepartment, "tech-zhao"));
        var (id, model) = ($"CMP-{tag}", $"HTM-{tag}");
        var created = await tech.Post("/api/campaigns", new
        {
            id, title = "液压泵检查 pump inspection", reason = "seals wear early", kind = "Inspection", productLine = "TruckMixer",
            models = new[] { model }, commissionedFrom = "2025-01-01", commissionedTo = "2025-12-31", dueBy = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        }).Ok<CampaignView>(HttpStatusCode.Created);
        Assert.Equal(0, created.Machines);

        // Registered after the campaign: the silo's own round finds it, nobody asks.
        var customerId = $"C-{tag}";
        await manager.Post("/api/customers", new { id = customerId, name = "济南建业混凝土", region = "Shandong", city = "Jinan" }).Ok<CustomerView>(HttpStatusCode.Created);
        await manager.Post($"/api/customers/{customerId}/machines", new { serial = $"TM-{tag}", productLine = "TruckMixer", model, commissionedOn = "2025-04-01" })
            .Ok<CustomerView>(HttpStatusCode.Created);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        IReadOnlyList<CampaignMachine> machines;
        do
        {
            await Task.Delay(200);
            machines = await manager.All<CampaignMachine>($"/api/campaigns/{id}/machines");
        }
        while (machines.Count == 0 && DateTime.UtcNow < deadline);

        Assert.Equal([$"TM-{tag}"], machines.Select(m => m.Serial));
    }
}
