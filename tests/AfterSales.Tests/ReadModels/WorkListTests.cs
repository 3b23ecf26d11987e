using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Web;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.ReadModels;

/// <summary>
/// The lists that surface work, read from the ticket and directory read models on the cluster: the engineer's open
/// work first, the desk's queues by deadline, alerts by how overdue, every list paged; and the search of the header.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class WorkListTests(ClusterFixture fixture)
{
    private WebTicketLists Lists => new(fixture.ReadModel, fixture.Grains, ClusterFixture.Clock);

    private IDirectory Directory => new WebDirectory(fixture.ReadModel);

    [Fact]
    public async Task The_engineers_ticket_on_site_for_long_comes_first_then_dispatched_then_to_contact_and_closed_ones_last_page_by_page()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        // Oldest first: on site, then one closed; newer ones dispatched, contacted, assigned to contact, and one received.
        async Task<TicketView> Later(TicketStatus status)
        {
            ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
            return await s.TicketAt(status);
        }

        var onSite = await Later(TicketStatus.OnSite);
        var closed = await Later(TicketStatus.Closed);
        var dispatched = await Later(TicketStatus.Dispatched);
        var contacted = await Later(TicketStatus.Contacted);
        var toContact = await Later(TicketStatus.Classified);
        await s.Ticket(toContact.Id).Assign(Assistant.By(new Assignment(s.EngineerId)));

        var filter = new TicketFilter(EngineerId: s.EngineerId);
        var newest = await Lists.Page(s.Engineer, filter, TicketOrder.Newest, 50, null);
        Assert.Equal([toContact.Id, contacted.Id, dispatched.Id, closed.Id, onSite.Id], newest.Items.Select(t => t.Id));

        var read = new List<string>();
        string? after = null;
        do
        {
            var page = await Lists.Page(s.Engineer, filter, TicketOrder.WorkFirst, 2, after);
            Assert.True(page.Items.Count <= 2);
            read.AddRange(page.Items.Select(t => t.Id));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal([onSite.Id, dispatched.Id, contacted.Id, toContact.Id, closed.Id], read);
    }

    [Fact]
    public async Task R_TKT_3_the_desk_queue_reads_breached_first_then_the_soonest_due_and_alerts_the_longest_overdue_first()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var monday = ClusterFixture.MoveToWorkingMonday(9);
        var late = await s.TicketAt(TicketStatus.Classified);
        await s.Ticket(late.Id).Assign(Assistant.By(new Assignment(s.EngineerId)));
        ClusterFixture.MoveTo(monday.AddMinutes(30));
        var sooner = await s.Open();
        ClusterFixture.MoveTo(monday.AddMinutes(60));
        var later = await s.Open();

        // 11:15: the first response of the 09:00 ticket is missed, and its late contact stops that clock; the next
        // deadline it runs (time to site) is days away, yet a breach reads first.
        ClusterFixture.MoveTo(monday.AddMinutes(135));
        await s.Ticket(late.Id).ReviewSla();
        var contacted = await s.Ticket(late.Id).RecordContact(s.Engineer.By(new ContactNote("sorry for the delay")));
        Assert.True(contacted.Sla.Single(d => d.Kind == SlaKind.TimeToSite).DueAt > monday.AddHours(3));
        // 11:45: the 09:30 ticket's first response is missed too.
        ClusterFixture.MoveTo(monday.AddMinutes(165));
        await s.Ticket(sooner.Id).ReviewSla();

        var queue = await Lists.Page(Assistant, new TicketFilter(CustomerId: s.CustomerId, Closed: false), TicketOrder.Deadline, 2, null);
        Assert.Equal([late.Id, sooner.Id], queue.Items.Select(t => t.Id));
        var rest = await Lists.Page(Assistant, new TicketFilter(CustomerId: s.CustomerId, Closed: false), TicketOrder.Deadline, 2, queue.Next);
        Assert.Equal([later.Id], rest.Items.Select(t => t.Id));
        Assert.Null(rest.Next);

        var alerts = new List<SlaAlert>();
        string? after = null;
        do
        {
            var page = await Lists.MostOverdueAlerts(Manager, openOnly: true, 50, after);
            alerts.AddRange(page.Items.Where(a => a.CustomerId == s.CustomerId));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal([late.Id, sooner.Id], alerts.Select(a => a.TicketId));
    }

    [Fact]
    public async Task The_search_finds_a_ticket_by_its_id_a_customer_by_a_part_of_its_Chinese_name_and_a_machine_by_a_part_of_its_serial()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var ticket = await s.Open();
        var tag = s.CustomerId[2..];
        var chinese = $"C-zh-{tag}";
        await fixture.Grains.GetGrain<ICustomerGrain>(chinese)
            .Register(Assistant.By(new CustomerProfile($"泰安{tag}泰山混凝土有限公司", "Shandong", "+86 538 1234567", null, "Tai'an")));

        Assert.Equal(ticket.Id, (await Lists.Find(Assistant, ticket.Id))?.Id);
        Assert.Equal(ticket.Id, (await Lists.Find(Customer(s.CustomerId), ticket.Id))?.Id);
        // Another customer's ticket is not found by id, as it is not listed.
        Assert.Null(await Lists.Find(Customer("C-someone-else"), ticket.Id));

        var customers = await Directory.Customers(Assistant, $"{tag}泰山混凝", 20);
        Assert.Equal([chinese], customers.Select(c => c.Id));

        var machines = await Directory.Machines(Assistant, s.Serial[3..9].ToUpperInvariant(), 20);
        var (customer, machine) = Assert.Single(machines);
        Assert.Equal((s.CustomerId, s.Serial, "HTM1204"), (customer.Id, machine.Serial, machine.Model));
        Assert.Empty(await Directory.Machines(Customer("C-someone-else"), s.Serial, 20));
    }
}
