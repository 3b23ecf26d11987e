using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Dashboard;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Dashboard;

/// <summary>The dashboard's planned work: preventive maintenance done on time (R-PM-2) and campaigns' completion (R-CMP-1), by station.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PlannedWorkDashboardTests(ClusterFixture fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().ToOffset(ClusterFixture.Beijing).DateTime);

    [Fact]
    public async Task R_PM_2_the_dashboard_counts_maintenance_done_by_its_due_day_and_campaign_work_done_by_station()
    {
        // A region of its own: no other test's tickets count here.
        var region = $"Test-{Guid.NewGuid():N}"[..13];
        var s = await (await new Scenario(fixture.Grains).WithCustomer(commissionedOn: Today.AddDays(-200), region: region)).WithEngineer();
        var done = await Planned(s, new MaintenanceDue("oil-500", Today.AddDays(3), 500));
        await Planned(s, new MaintenanceDue("filter-1000", Today.AddDays(-1), 1000));
        await Planned(s, null, "CMP-test-pump");

        // Planned work goes to site without a phone attempt (R-TKT-4, R-PM-2), and its report filed is the work done.
        var t = s.Ticket(done.Id);
        await t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, [])));
        await t.RecordArrival(s.Engineer.By(new Arrival()));
        await Scenario.Attach(t, s.Engineer, AttachmentKind.Photo);
        await t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(done.Id)));
        await t.Resolve(s.Engineer.By(new Resolution("changed the oil and its filter")));
        await t.SubmitReport(s.Engineer.By(new ReportDraft("500-hour service", ["oil filter"])));
        await t.SignReport(Customer(s.CustomerId).By(new ReportSignature("Foreman Liu", false, null)));
        await t.ReviewReport(Manager.By(new ReportReview(true, null)));
        var (scan, _) = await Scenario.Attach(t, Assistant, AttachmentKind.Scan);
        Assert.Equal(TicketStatus.ReportFiled, (await t.FileReport(Assistant.By(new ReportFiling(scan)))).Status);

        var data = new DashboardData(fixture.Reports, fixture.ReadModel, ClusterFixture.Calendar, ClusterFixture.Clock);
        var q = new DashboardQuery(Today.AddDays(-7), Today, Region: region);
        var maintenance = Assert.Single(await data.Maintenance(q));
        var campaign = Assert.Single(await data.Campaigns(q));

        Assert.Equal(new MaintenanceRow(null, 2, 1, 1), maintenance);
        Assert.Equal(1.0, maintenance.OnTimeRate);
        Assert.Equal(new CampaignRow("CMP-test-pump", null, 1, 0, 0), campaign);
    }

    private static Task<TicketView> Planned(Scenario s, MaintenanceDue? due, string? campaignId = null) =>
        s.Ticket($"P-{Guid.NewGuid():N}"[..14]).OpenPlanned(new Actor("maintenance-plan", Role.ServiceAssistant).By(new PlannedTicket(
            campaignId is null ? IntakeChannel.PreventiveMaintenance : IntakeChannel.Campaign, s.Serial, due is null ? "pump retrofit" : $"{due.Task} service",
            s.CustomerId, ProductLine.TruckMixer, "HTM1204", new WarrantyCheck(null, null, WarrantyStatus.Unknown), due, campaignId)));
}
