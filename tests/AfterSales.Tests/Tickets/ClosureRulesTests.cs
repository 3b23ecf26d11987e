using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

[Collection(ClusterCollection.Name)]
public sealed class ClosureRulesTests(ClusterFixture fixture)
{
    private async Task<Scenario> Given() => await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();

    [Fact]
    public async Task R_TKT_11_a_ticket_closes_only_after_a_filed_report_and_the_customers_confirmation()
    {
        var s = await Given();
        var approved = s.Ticket((await s.TicketAt(TicketStatus.ReportApproved)).Id);
        await approved.Refused(() => approved.Confirm(Customer(s.CustomerId).By(new Confirmation(true, 5, null))), "R-TKT-11");

        var (scan, _) = await Scenario.Attach(approved, Assistant, AttachmentKind.Scan);
        await approved.FileReport(Assistant.By(new ReportFiling(scan)));
        await approved.ReplyToCustomer(Assistant.By(new CustomerReply("Your truck mixer was repaired on site.")));
        await approved.Forbidden(() => approved.Confirm(Customer("another").By(new Confirmation(true, 5, null))), "R-TKT-11");
        await approved.RefusedUnchanged<InvalidInputException>(() => approved.Confirm(Customer(s.CustomerId).By(new Confirmation(true, 6, null))), "R-SAT-2");
        var closed = await approved.Confirm(Customer(s.CustomerId).By(new Confirmation(true, 4, "quick")));

        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(4, closed.Confirmations.Single().Rating);
        Assert.Single(closed.Replies);
    }

    [Fact]
    public async Task R_TKT_11_not_solved_reopens_the_ticket_and_the_next_round_starts_with_the_phone()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportFiled)).Id);

        var reopened = await t.Confirm(Assistant.By(new Confirmation(false, 2, "drum still slow")));

        Assert.Equal(TicketStatus.Contacted, reopened.Status);
        Assert.Equal(1, reopened.ReopenCount);
        Assert.Null(reopened.Report);
        Assert.Equal(reopened.Attachments.Single(a => a.Kind == AttachmentKind.Scan).Id, reopened.EarlierReports.Single().ScanRef);
        Assert.Equal(2, reopened.Confirmations.Single().Rating);
        await t.Refused(() => t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, []))), "R-TKT-4");
    }

    [Fact]
    public async Task R_TKT_12_every_change_records_who_with_role_what_and_when_and_a_refusal_records_nothing()
    {
        var s = await Given();
        var start = ClusterFixture.Clock.GetUtcNow();
        // The whole trail, as the staff read it (the customer's confirmation answers its own steps only).
        var closed = await s.Ticket((await s.TicketAt(TicketStatus.Closed)).Id).Read(Assistant);

        Assert.Equal(
            ["Open", "Classify", "Assign", "RecordContact", "RecordPhoneAttempt", "Dispatch", "RecordArrival", "Attach", "RecordSiteFindings",
             "Resolve", "SubmitReport", "SignReport", "ReviewReport", "Attach", "FileReport", "Confirm"],
            closed.History.Select(h => h.Action));
        Assert.Equal(closed.History.Count, closed.Version);
        Assert.Equal(Role.ServiceManager, closed.History.Single(h => h.Action == "Dispatch").Role);
        Assert.Equal(Manager.UserId, closed.History.Single(h => h.Action == "Dispatch").By);
        Assert.All(closed.History, h => Assert.True(h.At >= start));
        Assert.All(closed.History, h => Assert.False(string.IsNullOrWhiteSpace(h.Detail)));

        var t = s.Ticket(closed.Id);
        await t.Refused(() => t.ReplyToCustomer(Assistant.By(new CustomerReply("late"))), "R-TKT-11");
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_answer_and_changes_nothing_more()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Classified)).Id);

        var first = await t.Assign(Assistant.By(new Assignment(s.EngineerId), "key-1"));
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await t.Assign(Assistant.By(new Assignment(s.EngineerId), "key-1"));

        Assert.Equal(first.Version, again.Version);
        Assert.Equal(first.History.Count, (await t.Get()).History.Count);
        var reused = await Assert.ThrowsAsync<RuleViolationException>(
            () => t.Classify(Assistant.By(new Classification(TicketCategory.Breakdown, false), "key-1")));
        Assert.Equal(RuleIds.IdempotencyKeyReused, reused.RuleId);

        // The key is the caller's own: the engineer's key-1 is another request.
        var contacted = await t.RecordContact(s.Engineer.By(new ContactNote(null), "key-1"));
        Assert.Equal(TicketStatus.Contacted, contacted.Status);
    }

    [Fact]
    public async Task The_customer_learns_of_its_tickets_and_each_machine_has_its_service_history_in_order()
    {
        var s = await Given();
        var first = await s.Open(IntakeChannel.Fax);
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(3));
        var second = await s.Open(IntakeChannel.Email);

        Assert.Equal([first.Id, second.Id], await fixture.ReadModel.TicketIds(new TicketFilter(CustomerId: s.CustomerId)));
        Assert.Equal([first.Id, second.Id], await fixture.ReadModel.TicketIds(new TicketFilter(CustomerId: s.CustomerId), s.Serial));
    }

    [Fact]
    public async Task The_ticket_list_shows_tickets_by_status_engineer_and_customer()
    {
        var s = await Given();
        var contacted = await s.TicketAt(TicketStatus.Contacted);
        var received = await s.Open();

        async Task<List<string>> Find(TicketFilter f)
        {
            var found = await fixture.ReadModel.Tickets(f, 200, null);
            return [.. found.Items.Select(x => x.Id)];
        }

        Assert.Equal([contacted.Id], await Find(new TicketFilter(TicketStatus.Contacted, CustomerId: s.CustomerId)));
        Assert.Equal([contacted.Id], await Find(new TicketFilter(EngineerId: s.EngineerId)));
        Assert.Equal(new[] { contacted.Id, received.Id }.Order(), (await Find(new TicketFilter(CustomerId: s.CustomerId))).Order());
    }
}
