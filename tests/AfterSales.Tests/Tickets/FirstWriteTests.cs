using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Tickets;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.Logging.Abstractions;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

/// <summary>
/// A new ticket is on the list before its first write, so the start-up recovery of the SQLite default (whose
/// reminders die with the silo) finds a ticket written just before a crash; one never written leaves the list again.
/// </summary>
public sealed class FirstWriteTests(FirstWriteCluster fixture) : IClassFixture<FirstWriteCluster>
{
    [Fact]
    public async Task A_ticket_is_listed_before_its_first_write_and_one_never_written_takes_itself_off_the_list()
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

        // Listed though not written: what a crash between the two would leave behind.
        Assert.Equal([id], (await Listed(s)).Select(t => t.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => s.Ticket(id).Get());

        // The start-up recovery wakes it; never written, it leaves the list.
        await new TicketRecovery(fixture.Grains, NullLogger<TicketRecovery>.Instance).Execute(CancellationToken.None);
        Assert.Empty(await Listed(s));

        // The client's retry with its idempotency key opens it once, listed once.
        var opened = await s.Ticket(id).Open(open);
        await new TicketRecovery(fixture.Grains, NullLogger<TicketRecovery>.Instance).Execute(CancellationToken.None);
        Assert.Equal([opened.Id], (await Listed(s)).Select(t => t.Id));
        Assert.Equal(TicketStatus.Received, (await s.Ticket(id).Get()).Status);
    }

    private async Task<IReadOnlyList<TicketSummary>> Listed(Scenario s) =>
        await TicketDirectory.AskAll<ITicketDirectoryGrain, TicketSummary>(fixture.Grains, d => d.Find(new TicketFilter(CustomerId: s.CustomerId)));
}
