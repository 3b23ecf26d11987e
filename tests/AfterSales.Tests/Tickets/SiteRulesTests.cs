using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

[Collection(ClusterCollection.Name)]
public sealed class SiteRulesTests(ClusterFixture fixture)
{
    private async Task<Scenario> Given(string engineerCity = "Jinan") =>
        await (await new Scenario(fixture.Grains).WithCustomer(city: "Jinan")).WithEngineer(engineerCity);

    [Fact]
    public async Task R_TKT_5_only_the_service_manager_dispatches()
    {
        var s = await Given();
        var view = await s.TicketAt(TicketStatus.Contacted);
        var t = s.Ticket(view.Id);
        await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(false, null)));
        var order = new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, ["pump seal kit"]);

        await t.Forbidden(() => t.Dispatch(Assistant.By(order)), "R-TKT-5");
        await t.Forbidden(() => t.Dispatch(s.Engineer.By(order)), "R-TKT-5");
        var dispatched = await t.Dispatch(Manager.By(order));

        Assert.Equal(TicketStatus.Dispatched, dispatched.Status);
        Assert.Equal(["pump seal kit"], dispatched.Dispatch!.Parts);
        Assert.Equal(Manager.UserId, dispatched.Dispatch.By);
    }

    [Theory]
    [InlineData("Jinan", 24, SlaState.Breached)]
    [InlineData("Qingdao", 48, SlaState.Met)]
    public async Task R_TKT_5_time_to_site_is_measured_against_24_business_hours_or_48_outside_the_engineers_city(
        string engineerCity, double target, SlaState outcome)
    {
        var s = await Given(engineerCity);
        ClusterFixture.MoveToWorkingMonday(9);
        var t = s.Ticket((await s.TicketAt(TicketStatus.Dispatched)).Id);

        // Monday 09:00 to Friday 09:00: 8.5 + 9 + 9 + 9 + 0.5 = 36 business hours.
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(4));
        var arrived = await t.RecordArrival(s.Engineer.By(new Arrival()));

        Assert.Equal(TicketStatus.OnSite, arrived.Status);
        Assert.Equal(96, arrived.Times.TimeToSiteHours);
        var deadline = arrived.Sla.Single(d => d.Kind == SlaKind.TimeToSite);
        Assert.Equal(target, deadline.TargetHours);
        Assert.Equal(outcome, deadline.State);
        Assert.Equal(outcome == SlaState.Breached ? 12 : null, deadline.OverdueHours);
    }

    [Fact]
    public async Task R_TKT_6_site_findings_need_working_clothes_safety_inspection_and_photos_when_the_company_or_a_supplier_is_responsible()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.OnSite)).Id);
        var id = t.GetPrimaryKeyString();

        // The photos are files of this ticket: a name of no upload, or a file that is no photo, is no evidence.
        await t.Refused(() => t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(id, photos: ["photo://seal-1.jpg"]))), "R-TKT-6");
        var (document, _) = await Scenario.Attach(t, s.Engineer, AttachmentKind.Document);
        await t.Refused(() => t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(id, photos: [document]))), "R-TKT-6");
        var (photo, _) = await Scenario.Attach(t, s.Engineer, AttachmentKind.Photo);

        await t.Refused(() => t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(id, clothes: false, photos: [photo]))), "R-TKT-6");
        await t.Refused(() => t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(id, safety: false, photos: [photo]))), "R-TKT-6");
        await t.Refused(() => t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(id, inspection: false, photos: [photo]))), "R-TKT-6");
        await t.Refused(() => t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(id, responsibility: Responsibility.Company, photos: []))), "R-TKT-6");
        await t.Refused(() => t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(id, responsibility: Responsibility.Supplier, photos: []))), "R-TKT-6");

        var byCustomer = await t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(id, responsibility: Responsibility.Customer, photos: [], qualityNotes: ["chute liner thin", "hose rubbing"])));

        Assert.Equal(Responsibility.Customer, byCustomer.SiteFindings!.Responsibility);
        Assert.Equal(["chute liner thin", "hose rubbing"], byCustomer.QualityRecords.Select(q => q.Note));
        Assert.All(byCustomer.QualityRecords, q => Assert.Equal(s.EngineerId, q.By));
    }

    [Fact]
    public async Task R_TKT_6_resolution_on_site_comes_after_the_findings()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.OnSite)).Id);

        await t.Refused(() => t.Resolve(s.Engineer.By(new Resolution("fixed"))), "R-TKT-6");
        await Scenario.Attach(t, s.Engineer, AttachmentKind.Photo);
        await t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(t.GetPrimaryKeyString())));
        var resolved = await t.Resolve(s.Engineer.By(new Resolution("replaced the seal")));

        Assert.Equal(TicketStatus.Resolved, resolved.Status);
        Assert.Equal("replaced the seal", resolved.ResolutionSummary);
    }

    [Fact]
    public async Task R_TKT_7_an_escalated_ticket_cannot_be_resolved_until_the_technical_department_answers()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.OnSite)).Id);
        await Scenario.Attach(t, s.Engineer, AttachmentKind.Photo);
        await t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(t.GetPrimaryKeyString())));

        var escalated = await t.Escalate(s.Engineer.By(new EscalationRequest("PLC firmware fault, no spare on site")));
        Assert.True(escalated.Escalated);
        Assert.Equal(TicketStatus.Escalated, escalated.Status);

        await t.Refused(() => t.Resolve(s.Engineer.By(new Resolution("fixed"))), "R-TKT-7");
        await t.Refused(() => t.Escalate(s.Engineer.By(new EscalationRequest("again"))), "R-TKT-7");
        await t.Forbidden(() => t.AnswerEscalation(s.Engineer.By(new EscalationAnswer("self-answer"))), "R-TKT-7");

        var answered = await t.AnswerEscalation(TechDept.By(new EscalationAnswer("flash firmware 4.2 from the service laptop")));
        Assert.Equal(TechDept.UserId, answered.Escalation!.AnsweredBy);
        var resolved = await t.Resolve(s.Engineer.By(new Resolution("firmware flashed")));
        Assert.Equal(TicketStatus.Resolved, resolved.Status);
    }
}
