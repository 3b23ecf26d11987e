using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.ReadModels;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

/// <summary>
/// What the lists learn of a ticket travels in the ticket's own write (its outbox): a ticket whose first write fails
/// is neither stored nor listed, and the client's retry with its idempotency key opens it once, listed once.
/// </summary>
public sealed class FirstWriteTests(FirstWriteCluster fixture) : IClassFixture<FirstWriteCluster>
{
    [Fact]
    public async Task A_ticket_whose_first_write_fails_is_not_listed_and_its_retry_opens_it_once()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer();
        var id = $"T-{Guid.NewGuid():N}"[..14];
        var open = Assistant.By(new OpenTicket(IntakeChannel.Fax, s.CustomerId, s.Serial, "drum does not turn"), "fax-0001");

        FirstWriteCluster.FailTicketWrites = true;
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => s.Ticket(id).Open(open));
        }
        finally
        {
            FirstWriteCluster.FailTicketWrites = false;
        }

        Assert.Empty(await Listed(s));
        await Assert.ThrowsAsync<NotFoundException>(() => s.Ticket(id).Get());

        var opened = await s.Ticket(id).Open(open);
        var again = await s.Ticket(id).Open(open);
        Assert.Equal(opened.Version, again.Version);
        Assert.Equal([opened.Id], (await Listed(s)).Select(t => t.Id));
        Assert.Equal(TicketStatus.Received, (await s.Ticket(id).Get()).Status);
    }

    private async Task<IReadOnlyList<TicketSummary>> Listed(Scenario s) =>
        (await fixture.Cluster.Service<ReadModel>().Tickets(new TicketFilter(CustomerId: s.CustomerId), 50, null)).Items;
}
