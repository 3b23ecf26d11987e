using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Machines;
using AfterSales.Persistence.ReadModels;
using AfterSales.Persistence.Settings;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Campaigns;

/// <summary>
/// A cluster of its own: a campaign over a product line reaches every machine of the line in the cluster, and its
/// progress test moves the clock past the due date.
/// </summary>
public sealed class CampaignCluster : OneSiloCluster<CampaignCluster.SiloConfigurator>
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));

    public ReadModel ReadModel => Cluster.Service<ReadModel>();

    /// <summary>The enrolment as each silo runs it, its rounds called by the tests.</summary>
    public Persistence.ReadModels.CampaignEnrolment Enrolment => new(Grains, ReadModel, Options.Create(new CampaignOptions()), NullLogger<Persistence.ReadModels.CampaignEnrolment>.Instance);

    public static DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(ClusterFixture.Beijing).DateTime);

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => ClusterFixture.Configure(silo, Clock);
    }
}

public sealed class CampaignRulesTests(CampaignCluster fixture) : IClassFixture<CampaignCluster>
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    private IGrainFactory Grains => fixture.Grains;

    private ICampaignGrain Campaign(string id) => Grains.GetGrain<ICampaignGrain>(id);

    private string Region(string name) => $"{name}-{_tag}";

    /// <summary>A customer in the region (its station, if any, registered before) with these machines.</summary>
    private async Task<string> Customer(string region, params Machine[] machines)
    {
        var id = $"C-{Guid.NewGuid():N}"[..14];
        var customer = Grains.GetGrain<ICustomerGrain>(id);
        await customer.Register(Assistant.By(new CustomerProfile($"Customer {id}", region, City: "Jinan")));
        foreach (var machine in machines)
        {
            await customer.AddMachine(Assistant.By(machine));
        }

        return id;
    }

    private Task<StationView> Station(string id, string region) =>
        Grains.GetGrain<IServiceStationGrain>(id).Register(Manager.By(
            new StationAgreement($"Station {id}", [region], [ProductLine.TruckMixer], new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 31))));

    private static NewCampaign OverSerials(string id, params string[] serials) =>
        new(id, "Drum roller bolts", "Bolts of batch 2025-11 loosen", CampaignKind.Retrofit, serials, null, null, null, null, ["P-4711"], CampaignCluster.Today.AddDays(30));

    private static NewCampaign OverLine(string id, string[] models, DateOnly? from, DateOnly? to) =>
        new(id, "Hydraulic pump inspection", "Pump seals of 2025 wear early", CampaignKind.Inspection, null, ProductLine.TruckMixer, models, from, to, [], CampaignCluster.Today.AddDays(30));

    private Task<IReadOnlyList<CampaignMachine>> Machines(string campaignId, string? stationId = null) =>
        fixture.ReadModel.CampaignMachines(campaignId, stationId, ReadModel.MaxLimit, null).ContinueWith(t => t.Result.Items);

    [Fact]
    public async Task R_CMP_1_a_campaign_over_serials_gives_each_machine_one_campaign_ticket_and_another_round_raises_none()
    {
        var (a, b, other) = ($"TM-A-{_tag}", $"TM-B-{_tag}", $"TM-O-{_tag}");
        await Customer(Region("East"), new Machine(a, ProductLine.TruckMixer, "HTM1204"), new Machine(b, ProductLine.TruckMixer, "HTM1204"),
            new Machine(other, ProductLine.TruckMixer, "HTM1204"));

        var view = await Campaign($"CMP-S-{_tag}").Create(TechDept.By(OverSerials($"CMP-S-{_tag}", a, b, a)));
        Assert.Equal([a, b], view.Serials);
        Assert.Equal(2, await fixture.Enrolment.Enrol(view));

        var machines = await Machines(view.Id);
        Assert.Equal([a, b], machines.Select(m => m.Serial));
        foreach (var m in machines)
        {
            var ticket = await Grains.GetGrain<ITicketGrain>(m.TicketId).Get();
            Assert.Equal((IntakeChannel.Campaign, TicketCategory.Campaign, view.Id, m.Serial), (ticket.Channel, ticket.Category, ticket.CampaignId, ticket.MachineSerial));
            Assert.Equal(TicketStatus.Classified, ticket.Status);
            Assert.Contains(view.Id, (await Grains.GetGrain<IMachineGrain>(m.Serial).Get()).CampaignIds);
        }

        // Another round, and the machine asked again itself, raise no second ticket.
        await fixture.Enrolment.Round();
        Assert.Equal(0, await fixture.Enrolment.Enrol(view));
        var again = await Grains.GetGrain<IMachineGrain>(a).JoinCampaign(new GrainInterfaces.Machines.CampaignEnrolment(view.Id, view.Title, view.Kind, view.Parts, view.DueBy));
        Assert.Equal(machines[0].TicketId, again);
        Assert.Equal(2, (await Machines(view.Id)).Count);
        Assert.Empty(await fixture.ReadModel.TicketIds(new TicketFilter(), other));
    }

    [Fact]
    public async Task R_CMP_1_a_campaign_over_a_product_line_models_and_commissioning_range_reaches_exactly_those_machines()
    {
        var (x, y) = ($"HTM-X-{_tag}", $"HTM-Y-{_tag}");
        var inRange = new Machine($"TM-1-{_tag}", ProductLine.TruckMixer, x, new DateOnly(2025, 3, 10));
        var otherModelInRange = new Machine($"TM-2-{_tag}", ProductLine.TruckMixer, y, new DateOnly(2025, 6, 30));
        var before = new Machine($"TM-3-{_tag}", ProductLine.TruckMixer, x, new DateOnly(2024, 12, 31));
        var after = new Machine($"TM-4-{_tag}", ProductLine.TruckMixer, x, new DateOnly(2025, 7, 1));
        var notInModels = new Machine($"TM-5-{_tag}", ProductLine.TruckMixer, $"HTM-Z-{_tag}", new DateOnly(2025, 3, 10));
        var otherLine = new Machine($"BP-6-{_tag}", ProductLine.BatchingPlant, x, new DateOnly(2025, 3, 10));
        var notCommissioned = new Machine($"TM-7-{_tag}", ProductLine.TruckMixer, x);
        await Customer(Region("North"), inRange, otherModelInRange, before, after, notInModels, otherLine, notCommissioned);

        var id = $"CMP-L-{_tag}";
        var view = await Campaign(id).Create(TechDept.By(OverLine(id, [x, y], new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30))));
        await fixture.Enrolment.Enrol(view);

        Assert.Equal([inRange.Serial, otherModelInRange.Serial], (await Machines(id)).Select(m => m.Serial));
    }

    [Fact]
    public async Task R_CMP_1_a_machine_that_enters_the_range_later_gets_its_ticket_at_the_next_round()
    {
        var model = $"HTM-L-{_tag}";
        var id = $"CMP-J-{_tag}";
        var view = await Campaign(id).Create(Manager.By(OverLine(id, [model], new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))));
        Assert.Equal(0, await fixture.Enrolment.Enrol(view));

        // Registered after the campaign, and commissioned after it: both join at the next round, once each.
        var registered = new Machine($"TM-R-{_tag}", ProductLine.TruckMixer, model, new DateOnly(2025, 5, 5));
        var commissioned = new Machine($"TM-C-{_tag}", ProductLine.TruckMixer, model);
        await Customer(Region("West"), registered, commissioned);
        Assert.Equal([registered.Serial], (await Enrolled()).Select(m => m.Serial));

        await Grains.GetGrain<IMachineGrain>(commissioned.Serial).RecordCommissioning(new DateOnly(2025, 8, 1), null);
        Assert.Equal([commissioned.Serial, registered.Serial], (await Enrolled()).Select(m => m.Serial));

        async Task<IReadOnlyList<CampaignMachine>> Enrolled()
        {
            await fixture.Enrolment.Round();
            return await Machines(id);
        }
    }

    [Fact]
    public async Task R_CMP_1_progress_per_station_counts_done_open_and_overdue_and_a_station_reads_its_part()
    {
        var (east, west) = (Region("PE"), Region("PW"));
        var (sEast, sWest) = ($"S-E-{_tag}", $"S-W-{_tag}");
        await Station(sEast, east);
        await Station(sWest, west);
        var (e1, e2, w1) = ($"TM-E1-{_tag}", $"TM-E2-{_tag}", $"TM-W1-{_tag}");
        var eastCustomer = await Customer(east, new Machine(e1, ProductLine.TruckMixer, "HTM1204"), new Machine(e2, ProductLine.TruckMixer, "HTM1204"));
        await Customer(west, new Machine(w1, ProductLine.TruckMixer, "HTM1204"));
        var engineer = $"E-{_tag}";
        await new Scenario(Grains).AddEngineer(engineer);

        var id = $"CMP-P-{_tag}";
        var view = await Campaign(id).Create(TechDept.By(OverSerials(id, e1, e2, w1) with { DueBy = CampaignCluster.Today.AddDays(1) }));
        await fixture.Enrolment.Enrol(view);
        var machines = await Machines(id);
        Assert.Equal([sEast, sEast, sWest], machines.Select(m => m.StationId));

        // A campaign ticket is site work: dispatched without a phone attempt, its report filed makes the machine done.
        await ReportFiled(machines[0].TicketId, eastCustomer, engineer);

        var progress = await Progress(null);
        Assert.Equal((3, 1, 2, 0), (progress.Machines, progress.Done, progress.Open, progress.Overdue));
        Assert.Equal([new CampaignStationProgress(sEast, 1, 1, 0), new CampaignStationProgress(sWest, 0, 1, 0)], progress.ByStation!);

        // The day after the due date, what is open is overdue.
        CampaignCluster.Clock.Advance(TimeSpan.FromDays(2));
        progress = await Progress(null);
        Assert.Equal((3, 1, 2, 2), (progress.Machines, progress.Done, progress.Open, progress.Overdue));
        Assert.Equal([new CampaignStationProgress(sEast, 1, 1, 1), new CampaignStationProgress(sWest, 0, 1, 1)], progress.ByStation!);

        // A station's part: its machines only.
        var east1 = await Progress(sEast);
        Assert.Equal((2, 1, 1, 1), (east1.Machines, east1.Done, east1.Open, east1.Overdue));
        Assert.Equal([sEast], east1.ByStation!.Select(s => s.StationId));
        Assert.Equal([e1, e2], (await Machines(id, sEast)).Select(m => m.Serial));

        async Task<CampaignView> Progress(string? station) =>
            (await fixture.ReadModel.WithProgress([await Campaign(id).Get()], station, CampaignCluster.Today))[0];
    }

    [Fact]
    public async Task R_CMP_1_a_campaign_reaches_serials_or_a_line_and_is_due_today_or_later_else_400_naming_the_field()
    {
        var id = $"CMP-V-{_tag}";
        var good = OverSerials(id, $"TM-{_tag}");
        (NewCampaign Body, string Field)[] bad =
        [
            (good with { Title = " " }, "title"),
            (good with { Reason = "" }, "reason"),
            (good with { Serials = [] }, "serials"),
            (good with { ProductLine = ProductLine.TruckMixer }, "productLine"),
            (good with { Serials = ["bad serial"] }, "serials[0]"),
            (good with { Parts = ["P-1", "no part!"] }, "parts[1]"),
            (good with { DueBy = CampaignCluster.Today.AddDays(-1) }, "dueBy"),
            (OverLine(id, [], new DateOnly(2025, 6, 1), new DateOnly(2025, 5, 31)), "commissionedTo"),
            (OverLine(id, ["HTM1204"], null, null) with { ProductLine = null }, "productLine"),
        ];
        foreach (var (body, field) in bad)
        {
            var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => Campaign(id).Create(TechDept.By(body)));
            Assert.Equal(("R-CMP-1", field), (refusal.RuleId, refusal.Field));
            Refusals.Said(refusal);
        }

        // Nothing was written; then it is created once, and its id is taken.
        await Assert.ThrowsAsync<NotFoundException>(() => Campaign(id).Get());
        await Campaign(id).Create(TechDept.By(good));
        var exists = await Assert.ThrowsAsync<RuleViolationException>(() => Campaign(id).Create(Manager.By(good with { Title = "another" })));
        Assert.Equal(RuleIds.IdExists, exists.RuleId);
        Refusals.Said(exists);
        Assert.Equal("Drum roller bolts", (await Campaign(id).Get()).Title);
    }

    [Fact]
    public void R_CMP_1_a_campaign_ticket_id_is_fixed_by_campaign_and_serial_and_hashed_when_longer_than_a_ticket_id_may_be()
    {
        Assert.Equal("CMP-R1-TM-7", MachineGrain.CampaignTicketId("R1", "TM-7"));
        var (campaign, serial) = (new string('C', 64), new string('S', 64));
        var id = MachineGrain.CampaignTicketId(campaign, serial);
        Assert.Matches(GrainInterfaces.Common.Limits.Limits.IdPattern, id);
        Assert.Equal(id, MachineGrain.CampaignTicketId(campaign, serial));
        Assert.NotEqual(id, MachineGrain.CampaignTicketId(campaign, serial[..63] + "T"));
    }

    /// <summary>Walks a campaign ticket (classified at opening) to its filed report.</summary>
    private async Task ReportFiled(string ticketId, string customerId, string engineerId)
    {
        var t = Grains.GetGrain<ITicketGrain>(ticketId);
        var engineer = Engineer(engineerId);
        await t.Dispatch(Manager.By(new DispatchOrder(engineerId, Scenario.TruckMixerKit, ["P-4711"])));
        await t.RecordArrival(engineer.By(new Arrival()));
        await Scenario.Attach(t, engineer, AttachmentKind.Photo);
        await t.RecordSiteFindings(engineer.By(Scenario.Findings(ticketId)));
        await t.Resolve(engineer.By(new Resolution("replaced the drum roller bolts")));
        await t.SubmitReport(engineer.By(new ReportDraft("replaced the drum roller bolts", ["P-4711"])));
        await t.SignReport(People.Customer(customerId).By(new ReportSignature("Foreman Liu")));
        await t.ReviewReport(Manager.By(new ReportReview(true)));
        var (scan, _) = await Scenario.Attach(t, Assistant, AttachmentKind.Scan);
        var filed = await t.FileReport(Assistant.By(new ReportFiling(scan)));
        Assert.Equal(TicketStatus.ReportFiled, filed.Status);
    }
}
