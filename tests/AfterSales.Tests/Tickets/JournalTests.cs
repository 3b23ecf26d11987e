using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

/// <summary>
/// R-TKT-12: the history only grows, so it is appended to a journal; what a command writes is bounded by the command,
/// not by the age of the ticket.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class JournalTests(ClusterFixture fixture)
{
    [Fact]
    public async Task R_TKT_12_a_ticket_with_500_history_entries_writes_what_one_with_10_writes()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer();
        var ticket = s.Ticket((await s.Open()).Id);
        async Task Cycles(int n)
        {
            for (var i = 0; i < n; i++)
            {
                await ticket.StartCustomerWait(Assistant.By(new CustomerWait("waiting for the foreman")));
                await ticket.EndCustomerWait(Assistant.By<string?>(null));
            }
        }

        await Cycles(5);
        var young = await fixture.Cluster.StoredTicket(ticket.GetPrimaryKeyString());
        await Cycles(245);
        var old = await fixture.Cluster.StoredTicket(ticket.GetPrimaryKeyString());

        var view = await ticket.Get();
        Assert.Equal(501, view.History.Count);
        Assert.Equal((11, 501), (young.JournalEntries, old.JournalEntries));
        Assert.InRange(old.PayloadBytes, young.PayloadBytes * 0.8, young.PayloadBytes * 1.2);
        Assert.Equal(view.History.OrderBy(h => h.At).Select(h => h.At), view.History.Select(h => h.At));
    }
}
