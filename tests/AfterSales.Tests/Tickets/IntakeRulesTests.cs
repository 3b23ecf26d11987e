using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

[Collection(ClusterCollection.Name)]
public sealed class IntakeRulesTests(ClusterFixture fixture)
{
    private async Task<Scenario> Given() => await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();

    [Fact]
    public async Task R_TKT_1_a_ticket_records_channel_customer_machine_fault_and_who_received_it_when()
    {
        var s = await Given();
        var now = ClusterFixture.Clock.GetUtcNow();

        var t = await s.Open(IntakeChannel.Fax);

        Assert.Equal(TicketStatus.Received, t.Status);
        Assert.Equal(IntakeChannel.Fax, t.Channel);
        Assert.Equal(s.CustomerId, t.CustomerId);
        Assert.Equal(s.Serial, t.MachineSerial);
        Assert.Equal(ProductLine.TruckMixer, t.ProductLine);
        Assert.Equal("Drum does not rotate; hydraulic pump noisy", t.Description);
        Assert.Equal(Assistant.UserId, t.ReceivedBy);
        Assert.Equal(now, t.ReceivedAt);
    }

    [Theory]
    [InlineData("unknown-customer", null, "x", "customerId")]
    [InlineData(null, "unknown-serial", "x", "machineSerial")]
    [InlineData(null, null, "  ", "description")]
    public async Task R_TKT_1_unknown_customer_or_machine_or_empty_description_is_refused_and_nothing_is_created(
        string? customer, string? serial, string description, string field)
    {
        var s = await Given();
        var ticket = s.Ticket($"T-refused-{Guid.NewGuid():N}");

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => ticket.Open(Assistant.By(
            new OpenTicket(IntakeChannel.Email, customer ?? s.CustomerId, serial ?? s.Serial, description))));

        Assert.Equal("R-TKT-1", refusal.RuleId);
        Assert.Equal(field, refusal.Field);
        await Assert.ThrowsAsync<NotFoundException>(() => ticket.Get());
    }

    [Fact]
    public async Task R_TKT_1_a_customer_raises_requests_only_for_its_own_machines()
    {
        var s = await Given();
        var ticket = s.Ticket($"T-{Guid.NewGuid():N}");

        var refusal = await Assert.ThrowsAsync<ForbiddenException>(() => ticket.Open(Customer("someone-else").By(
            new OpenTicket(IntakeChannel.Email, s.CustomerId, s.Serial, "noise"))));

        Assert.Equal("R-TKT-1", refusal.RuleId);
        await Assert.ThrowsAsync<NotFoundException>(() => ticket.Get());
        var own = await s.Open(IntakeChannel.Email, Customer(s.CustomerId));
        Assert.Equal(s.CustomerId, own.CustomerId);
    }

    [Fact]
    public async Task R_TKT_2_the_assistant_classifies_and_reports_to_the_manager()
    {
        var s = await Given();
        var t = s.Ticket((await s.Open()).Id);

        await t.Forbidden(() => t.Classify(s.Engineer.By(new Classification(TicketCategory.Breakdown, false))), "R-TKT-2");
        var classified = await t.Classify(Assistant.By(new Classification(TicketCategory.WarrantyClaim, true)));

        Assert.Equal(TicketStatus.Classified, classified.Status);
        Assert.Equal(TicketCategory.WarrantyClaim, classified.Category);
        Assert.True(classified.WarrantySuspected);
        Assert.Contains("reported to the service manager", classified.History[^1].Detail);
    }

    [Fact]
    public async Task R_TKT_3_the_responsible_engineer_contacts_the_customer_and_first_response_is_measured_against_2_hours()
    {
        var s = await Given();
        ClusterFixture.MoveToWorkingMonday(9);
        var view = await s.TicketAt(TicketStatus.Classified);
        var t = s.Ticket(view.Id);

        await t.Refused(() => t.RecordContact(Manager.By(new ContactNote("hello"))), "R-TKT-3");
        await t.Forbidden(() => t.RecordContact(s.Engineer.By(new ContactNote("hello"))), "R-TKT-3");
        await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
        await t.Forbidden(() => t.RecordContact(Engineer("not-assigned").By(new ContactNote("hello"))), "R-TKT-3");
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(90));
        var contacted = await t.RecordContact(s.Engineer.By(new ContactNote("called the foreman")));

        Assert.Equal(TicketStatus.Contacted, contacted.Status);
        Assert.Equal(1.5, contacted.Times.FirstResponseHours);
        Assert.Equal(2, contacted.Times.TargetFirstResponseHours);
        Assert.Equal(SlaState.Met, contacted.Sla.Single(d => d.Kind == SlaKind.FirstResponse).State);
    }

    [Fact]
    public async Task R_TKT_4_dispatch_is_refused_before_a_phone_attempt_that_did_not_solve_it()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);
        var order = new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, []);

        await t.Refused(() => t.Dispatch(Manager.By(order)), "R-TKT-4");
        await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(false, "reset did not help")));
        var dispatched = await t.Dispatch(Manager.By(order));

        Assert.Equal(TicketStatus.Dispatched, dispatched.Status);
    }

    [Fact]
    public async Task R_TKT_4_a_problem_solved_by_phone_needs_no_visit()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);

        var solved = await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(true, "customer reset the PLC")));

        Assert.Equal(TicketStatus.ResolvedByPhone, solved.Status);
        Assert.NotNull(solved.ResolvedAt);
        await t.Refused(() => t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, []))), "R-TKT-5");
    }

    [Fact]
    public async Task R_TKT_4_a_site_engineers_requisition_is_dispatched_without_a_phone_attempt()
    {
        var s = await Given();
        var view = await s.Open(IntakeChannel.SiteRequisition, s.Engineer);
        var t = s.Ticket(view.Id);
        await t.Classify(Assistant.By(new Classification(TicketCategory.PartsRequest, true)));

        var dispatched = await t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, ["valve"])));

        Assert.Equal(TicketStatus.Dispatched, dispatched.Status);
        Assert.Empty(dispatched.PhoneAttempts);
    }
}
