using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Grains.Tickets;

/// <summary>One partition of the ticket list; each ticket tells its partition its newest summary.</summary>
public sealed class TicketDirectoryGrain(
    [PersistentState("ticketdirectory")] IPersistentState<TicketDirectoryState> state,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock) : Grain, ITicketDirectoryGrain
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

    // R-WTY-3: an old part not back at the warehouse by its due date is overdue.
    public Task<IReadOnlyList<OverdueOldPart>> FindOverdueOldParts()
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<OverdueOldPart> overdue =
        [
            .. from t in state.State.Tickets.Values
               from p in t.OutstandingOldParts ?? []
               where p.State == OldPartState.Expected && now > p.DueAt
               select new OverdueOldPart(t.Id, t.CustomerId, t.EngineerId, p.PartNo, p.Quantity, p.DueAt, (int)Math.Ceiling((now - p.DueAt).TotalDays)),
        ];
        return Task.FromResult(overdue);
    }
}
