using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Tickets;

/// <summary>One partition of the ticket list; each ticket tells its partition its newest summary.</summary>
public sealed class TicketDirectoryGrain(
    [PersistentState("ticketdirectory")] IPersistentState<TicketDirectoryState> state) : Grain, ITicketDirectoryGrain
{
    public async Task Upsert(TicketSummary summary)
    {
        if (state.State.Tickets.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            return;
        }

        state.State.Tickets[summary.Id] = summary;
        await GrainWrites.WriteOrReload(state, DeactivateOnIdle);
    }

    public Task<IReadOnlyList<TicketSummary>> Find(TicketFilter filter)
    {
        IReadOnlyList<TicketSummary> found = [.. state.State.Tickets.Values.Where(filter.Matches)];
        return Task.FromResult(found);
    }
}
