using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

/// <summary>Idempotency records are kept outside the grain's state: replays neither grow it nor are lost with it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class IdempotencyRecordTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Two_hundred_keyed_replays_leave_the_stored_ticket_as_it_was()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer();
        var ticket = s.Ticket((await s.Open()).Id);
        var classify = Assistant.By(new Classification(TicketCategory.Breakdown, true), "classify-once");
        var first = await ticket.Classify(classify);
        var stored = await fixture.Cluster.StoredTicket(ticket.GetPrimaryKeyString());

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(first.Version, (await ticket.Classify(classify)).Version);
        }

        Assert.Equal(stored, await fixture.Cluster.StoredTicket(ticket.GetPrimaryKeyString()));
        Assert.Equal(first.History.Count, (await ticket.Get()).History.Count);
    }
}
