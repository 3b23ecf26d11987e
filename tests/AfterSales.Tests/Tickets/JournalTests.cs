using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Storage;
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
        var young = await Stored(ticket.GetPrimaryKeyString());
        await Cycles(245);
        var old = await Stored(ticket.GetPrimaryKeyString());

        var view = await ticket.Get();
        Assert.Equal(501, view.History.Count);
        Assert.Equal((11, 501), (young.Journal, old.Journal));
        Assert.InRange(old.Payload, young.Payload * 0.8, young.Payload * 1.2);
        Assert.Equal(view.History.OrderBy(h => h.At).Select(h => h.At), view.History.Select(h => h.At));
    }

    /// <summary>The size of the ticket's state row and the number of its journal entries.</summary>
    private async Task<(int Payload, long Journal)> Stored(string ticketId)
    {
        var key = $"ticket/ticket/{ticketId}";
        await using var connection = await fixture.Cluster.Service<SqlDatabase>().Open();
        await using var size = SqlDatabase.Command(connection, null, "SELECT length(Payload) FROM AfterSalesGrainState WHERE StateKey = @Key", ("Key", key));
        await using var count = SqlDatabase.Command(connection, null, "SELECT count(*) FROM AfterSalesJournal WHERE StateKey = @Key", ("Key", key));
        return (Convert.ToInt32(await size.ExecuteScalarAsync()), Convert.ToInt64(await count.ExecuteScalarAsync()));
    }
}
