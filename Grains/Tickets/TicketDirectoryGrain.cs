using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// One partition of the ticket list; each ticket tells its partition its newest summary. Reentrant with group commit:
/// the summaries of many tickets arriving together go into one write.
/// </summary>
[Reentrant]
public sealed class TicketDirectoryGrain : Grain, ITicketDirectoryGrain
{
    private readonly IPersistentState<TicketDirectoryState> state;
    private readonly TimeProvider clock;
    private readonly BatchedWriter<TicketDirectoryState> writer;

    public TicketDirectoryGrain(
        [PersistentState("ticketdirectory")] IPersistentState<TicketDirectoryState> state,
        [FromKeyedServices(RulesClock.Key)] TimeProvider clock)
    {
        this.state = state;
        this.clock = clock;
        writer = new BatchedWriter<TicketDirectoryState>(state, DeactivateOnIdle);
    }

    public Task Upsert(TicketSummary summary)
    {
        if (state.State.Tickets.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            return writer.Durable();
        }

        state.State.Tickets[summary.Id] = summary;
        return writer.WriteSoon();
    }

    public Task Withdraw(string ticketId) =>
        state.State.Tickets.Remove(ticketId) ? writer.WriteSoon() : writer.Durable();

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
