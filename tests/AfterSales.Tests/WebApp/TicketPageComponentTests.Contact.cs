using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using Bunit;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.WebApp;

/// <summary>The customer's view of whom to call: its engineer's name and phone (issue 23, item 7).</summary>
public sealed partial class TicketPageComponentTests
{
    [Fact]
    public async Task The_customer_calls_its_assigned_engineer_from_the_ticket_page_by_the_number_of_the_engineers_own_account()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var ticket = await s.TicketAt(TicketStatus.Classified);
        var userName = $"wang-{Guid.NewGuid():N}"[..20];
        await fixture.Grains.GetGrain<IUserAccountGrain>(userName)
            .Create(Manager.By(new NewUser(userName, "王工", Role.ServiceEngineer, EngineerId: s.EngineerId, Phone: "139 5310 0042")), "http://localhost");

        // Not yet assigned: no engineer to call (the block shows once both numbers are read: the customer's is there).
        var unassigned = Ticket(People.Customer(s.CustomerId), ticket.Id, "zh");
        unassigned.WaitForElement("[data-customer-phone]", Loaded);
        Assert.Empty(unassigned.FindAll("[data-engineer-phone]"));

        await s.Ticket(ticket.Id).Assign(Assistant.By(new Assignment(s.EngineerId)));
        var customers = Ticket(People.Customer(s.CustomerId), ticket.Id, "zh");
        var call = customers.WaitForElement("[data-engineer-phone]", Loaded);
        Assert.Equal("tel:13953100042", call.GetAttribute("href"));
        Assert.Contains("工程师电话", customers.Find("[data-contact]").TextContent);
        Assert.Equal("tel:13953100042", Ticket(Assistant, ticket.Id, "en").WaitForElement("[data-engineer-phone]", Loaded).GetAttribute("href"));

        // The engineer does not need its own number.
        var engineers = Ticket(s.Engineer, ticket.Id, "zh");
        engineers.WaitForState(() => engineers.FindAll("[data-contact]").Count > 0 || !AfterSales.GrainInterfaces.Access.AccessPolicy.Allows(
            s.Engineer, AfterSales.GrainInterfaces.Access.CustomerOperation.Get, new AfterSales.GrainInterfaces.Access.Owner(s.CustomerId)), Loaded);
        Assert.Empty(engineers.FindAll("[data-engineer-phone]"));
    }
}
