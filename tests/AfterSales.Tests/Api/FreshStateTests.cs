using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace AfterSales.Tests.Api;

/// <summary>
/// An intake without an idempotency key draws its ticket's id at random, and its activation reads no state
/// (<see cref="FreshStates"/>). Were such an id taken after all, the intake must be refused, never written over the
/// ticket that has it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FreshStateTests(ApiFixture api)
{
    [Fact]
    public async Task An_intake_that_read_no_state_never_overwrites_a_ticket_with_its_id()
    {
        var w = await ApiWorld.Create(api);
        var key = $"fresh-{Guid.NewGuid():N}";
        var first = await w.Open(key: key);
        var worked = await w.Command(w.Assistant, first.Id, "customer-wait", new { reason = "waiting for the foreman" });

        // The ticket's activation goes; then its id is taken for fresh, as if drawn again at random.
        var grains = api.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        api.Services.GetRequiredService<FreshStates>().Add(grains.GetGrain<ITicketGrain>(first.Id).GetGrainId());

        // An intake without a key on that id: its activation read nothing, its insert finds the row and is refused.
        var intake = new Actor("user-desk", Role.ServiceAssistant).By(new OpenTicket(IntakeChannel.Telephone, w.CustomerId, w.Serial, "again"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => grains.GetGrain<ITicketGrain>(first.Id).Open(intake));

        // The next call reads the ticket as it is: the keyed intake's first answer, and the ticket as the later command left it.
        var replay = await w.Open(key: key);
        Assert.Equal((first.Id, first.Version), (replay.Id, replay.Version));
        var now = await w.Assistant.GetAsync($"/api/tickets/{first.Id}").Ok<TicketView>();
        Assert.Equal(worked.Version, now.Version);
        Assert.Equal(worked.History.Select(h => (h.Action, h.At)), now.History.Select(h => (h.Action, h.At)));
    }
}
