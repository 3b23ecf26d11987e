using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.GrainInterfaces.Access.TicketOperation;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

/// <summary>
/// The next step of a ticket for each role, at each point of its way through the code of conduct (R-TKT-2..11, R-WTY-2):
/// the ticket is walked by the grains' own commands, and each step expected next is one the grain then accepts.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NextStepsTests(ClusterFixture fixture)
{
    private async Task<Scenario> Given(DateOnly? commissionedOn = null) =>
        await (await new Scenario(fixture.Grains).WithCustomer(commissionedOn)).WithEngineer();

    /// <summary>The next steps of the desk, the engineer, the manager, the customer and the technical department, in that order.</summary>
    private static void Expect(Scenario s, TicketView t, TicketOperation[] desk, TicketOperation[] engineer, TicketOperation[] manager, TicketOperation[] customer, TicketOperation[]? tech = null)
    {
        Assert.Equal(desk, TicketNextSteps.For(Assistant, t));
        Assert.Equal(engineer, TicketNextSteps.For(s.Engineer, t));
        Assert.Equal(manager, TicketNextSteps.For(Manager, t));
        Assert.Equal(customer, TicketNextSteps.For(Customer(s.CustomerId), t));
        Assert.Equal(tech ?? [], TicketNextSteps.For(TechDept, t));
        // Nobody else's ticket: another engineer and another customer have no step on it.
        Assert.Empty(TicketNextSteps.For(Engineer("E-someone-else"), t));
        Assert.Empty(TicketNextSteps.For(Customer("C-someone-else"), t));
    }

    [Fact]
    public async Task R_TKT_2_to_5_the_desk_classifies_and_assigns_the_engineer_contacts_and_phones_the_manager_dispatches_after_a_failed_phone_attempt()
    {
        var s = await Given();
        var received = await s.TicketAt(TicketStatus.Received);
        var t = s.Ticket(received.Id);
        Expect(s, received, desk: [Classify], engineer: [], manager: [Classify], customer: []);
        // No warranty parts were asked for: their decision is not even offered.
        Assert.False(TicketNextSteps.Applies(DecideWarrantyParts, received));
        Assert.False(TicketNextSteps.Applies(ApplyForWarrantyParts, received));

        var classified = await t.Classify(Assistant.By(new Classification(TicketCategory.Breakdown)));
        Expect(s, classified, desk: [Assign], engineer: [], manager: [Assign], customer: []);
        Assert.False(TicketNextSteps.Applies(RecordContact, classified));

        var assigned = await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
        Expect(s, assigned, desk: [], engineer: [RecordContact], manager: [RecordContact], customer: []);

        var contacted = await t.RecordContact(s.Engineer.By(new ContactNote("called the foreman")));
        Expect(s, contacted, desk: [], engineer: [RecordPhoneAttempt], manager: [RecordPhoneAttempt], customer: []);
        // R-TKT-4: no dispatch before a phone attempt that did not solve it; the grain agrees.
        Assert.False(TicketNextSteps.Applies(Dispatch, contacted));
        await t.Refused(() => t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, []))), "R-TKT-4");

        var failed = await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(false, "relief valve reset did not help")));
        Expect(s, failed, desk: [], engineer: [], manager: [Dispatch], customer: []);

        var dispatched = await t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, [])));
        Expect(s, dispatched, desk: [], engineer: [RecordArrival], manager: [RecordArrival], customer: []);
    }

    [Fact]
    public async Task R_TKT_6_to_8_on_site_findings_then_resolution_then_the_report_and_an_escalation_waits_for_the_technical_department()
    {
        var s = await Given();
        var onSite = await s.TicketAt(TicketStatus.OnSite);
        var t = s.Ticket(onSite.Id);
        Expect(s, onSite, desk: [], engineer: [RecordSiteFindings, Escalate], manager: [RecordSiteFindings, Escalate], customer: []);
        Assert.False(TicketNextSteps.Applies(Resolve, onSite));

        var escalated = await t.Escalate(s.Engineer.By(new EscalationRequest("drum gearbox noise unknown")));
        Expect(s, escalated, desk: [], engineer: [], manager: [AnswerEscalation], customer: [], tech: [AnswerEscalation]);
        Assert.False(TicketNextSteps.Applies(Escalate, escalated));

        var answered = await t.AnswerEscalation(TechDept.By(new EscalationAnswer("replace the gearbox seal")));
        Expect(s, answered, desk: [], engineer: [RecordSiteFindings, Escalate], manager: [RecordSiteFindings, Escalate], customer: []);

        var (photo, _) = await Scenario.Attach(t, s.Engineer, AttachmentKind.Photo);
        var found = await t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(onSite.Id, photos: [photo])));
        Expect(s, found, desk: [], engineer: [Resolve, Escalate], manager: [Resolve, Escalate], customer: []);

        var resolved = await t.Resolve(s.Engineer.By(new Resolution("replaced the gearbox seal")));
        Expect(s, resolved, desk: [], engineer: [SubmitReport], manager: [SubmitReport], customer: []);
    }

    [Fact]
    public async Task R_TKT_9_to_11_the_customer_signs_the_manager_reviews_the_desk_files_and_replies_the_customer_confirms()
    {
        var s = await Given();
        var submitted = await s.TicketAt(TicketStatus.ReportSubmitted);
        var t = s.Ticket(submitted.Id);
        Expect(s, submitted, desk: [], engineer: [SignReport], manager: [SignReport], customer: [SignReport]);
        // R-TKT-10: an unsigned site report is not yet the manager's to approve.
        Assert.False(TicketNextSteps.Applies(ReviewReport, submitted));

        var signed = await t.SignReport(Customer(s.CustomerId).By(new ReportSignature("Foreman Liu", false, null)));
        Expect(s, signed, desk: [], engineer: [], manager: [ReviewReport], customer: []);

        var approved = await t.ReviewReport(Manager.By(new ReportReview(true, "good work")));
        Expect(s, approved, desk: [FileReport], engineer: [], manager: [FileReport], customer: []);

        var (scan, _) = await Scenario.Attach(t, Assistant, AttachmentKind.Scan);
        var filed = await t.FileReport(Assistant.By(new ReportFiling(scan)));
        Expect(s, filed, desk: [ReplyToCustomer, Confirm], engineer: [], manager: [ReplyToCustomer, Confirm], customer: [Confirm]);

        var replied = await t.ReplyToCustomer(Assistant.By(new CustomerReply("Your truck mixer was repaired on site.")));
        Expect(s, replied, desk: [Confirm], engineer: [], manager: [Confirm], customer: [Confirm]);

        // "Not solved" starts a new round at the phone: the failed attempt of the last round no longer lets a dispatch through.
        var reopened = await t.Confirm(Customer(s.CustomerId).By(new Confirmation(false, 2, "drum still slow")));
        Expect(s, reopened, desk: [], engineer: [RecordPhoneAttempt], manager: [RecordPhoneAttempt], customer: []);

        var closed = await s.TicketAt(TicketStatus.Closed);
        Expect(s, closed, desk: [], engineer: [], manager: [], customer: []);
        Assert.All(Enum.GetValues<TicketOperation>(), o => Assert.False(TicketNextSteps.Applies(o, closed) && TicketStatusMoves.Of(o) is not null, $"{o} on a closed ticket"));
    }

    [Fact]
    public async Task R_TKT_4_a_phone_fix_is_reported_and_a_site_requisition_goes_to_dispatch_without_a_phone_attempt()
    {
        var s = await Given();
        var contacted = await s.TicketAt(TicketStatus.Contacted);
        var byPhone = await s.Ticket(contacted.Id).RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(true, "reset the relief valve")));
        Expect(s, byPhone, desk: [], engineer: [SubmitReport], manager: [SubmitReport], customer: []);

        var requisition = await s.Open(IntakeChannel.SiteRequisition, s.Engineer);
        var t = s.Ticket(requisition.Id);
        await t.Classify(Assistant.By(new Classification(TicketCategory.PartsRequest)));
        var assigned = await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
        Expect(s, assigned, desk: [], engineer: [], manager: [Dispatch], customer: []);
        Assert.Equal(TicketStatus.Dispatched, (await t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, [])))).Status);
    }

    [Fact]
    public async Task R_WTY_2_warranty_parts_asked_for_wait_for_the_managers_decision_then_for_the_desks_application()
    {
        var s = await Given(DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().UtcDateTime).AddMonths(-3));
        var contacted = await s.TicketAt(TicketStatus.Contacted);
        var t = s.Ticket(contacted.Id);
        Assert.True(TicketNextSteps.Applies(RequestWarrantyParts, contacted));

        var requested = await t.RequestWarrantyParts(s.Engineer.By(new WarrantyPartsRequest([new PartLine("P-4711", 1)])));
        Expect(s, requested, desk: [], engineer: [RecordPhoneAttempt], manager: [DecideWarrantyParts, RecordPhoneAttempt], customer: []);
        Assert.False(TicketNextSteps.Applies(RequestWarrantyParts, requested));

        var decided = await t.DecideWarrantyParts(Manager.By(new WarrantyPartsDecision(true)));
        Expect(s, decided, desk: [ApplyForWarrantyParts], engineer: [RecordPhoneAttempt], manager: [ApplyForWarrantyParts, RecordPhoneAttempt], customer: []);
        Assert.False(TicketNextSteps.Applies(DecideWarrantyParts, decided));

        var applied = await t.ApplyForWarrantyParts(Assistant.By<string?>(null));
        Expect(s, applied, desk: [], engineer: [RecordPhoneAttempt], manager: [RecordPhoneAttempt], customer: []);
    }
}
