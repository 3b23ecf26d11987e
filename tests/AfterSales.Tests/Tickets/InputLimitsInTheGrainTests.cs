using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

/// <summary>The limits of docs/api.md "Limits" hold for a command however it arrives: a page of the web app calls the grain, not the API.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InputLimitsInTheGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task API_INPUT_a_command_beyond_a_limit_is_refused_by_the_grain_and_changes_nothing()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var ticket = await s.TicketAt(TicketStatus.Classified);
        var grain = fixture.Grains.GetGrain<ITicketGrain>(ticket.Id);
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => grain.RecordContact(Manager.By(new ContactNote(new string('x', 4001)))));
        Assert.Equal(("API-INPUT", "notes"), (refusal.RuleId, refusal.Field));
        var after = await grain.Get();
        Assert.Equal((ticket.Version, TicketStatus.Classified), (after.Version, after.Status));

        var tooLong = new string('件', 201);
        refusal = await Assert.ThrowsAsync<InvalidInputException>(() => s.Ticket($"T-limit-{Guid.NewGuid():N}").Open(Assistant.By(
            new OpenTicket(IntakeChannel.Fax, s.CustomerId, tooLong, "drum"))));
        Assert.Equal("machineSerial", refusal.Field);
    }
}
