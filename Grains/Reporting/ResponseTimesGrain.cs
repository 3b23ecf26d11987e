using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.Common;
using Orleans.Concurrency;

namespace AfterSales.Grains.Reporting;

/// <summary>Response times of the tickets received in one week or month; the tickets report their facts here.</summary>
[Reentrant]
public sealed class ResponseTimesGrain : Grain, IResponseTimesGrain
{
    private readonly IPersistentState<ResponseTimesState> _state;
    private readonly BatchedWriter<ResponseTimesState> _writer;

    public ResponseTimesGrain([PersistentState("responsetimes")] IPersistentState<ResponseTimesState> state)
    {
        _state = state;
        _writer = new BatchedWriter<ResponseTimesState>(state, DeactivateOnIdle);
    }

    public Task Record(TicketFacts facts)
    {
        if (_state.State.Tickets.TryGetValue(facts.TicketId, out var known) && known.Version >= facts.Version)
        {
            return _writer.Durable();
        }

        _state.State.Tickets[facts.TicketId] = facts;
        return _writer.WriteSoon();
    }

    public Task<ResponseTimeRow> Summarize(ReportFilter filter, double targetFirstResponseHours, double targetTimeToSiteHours)
    {
        var tickets = _state.State.Tickets.Values
            .Where(t => filter.Matches(t.Region, t.StationId, t.EngineerId, t.ProductLine))
            .ToList();
        List<double> Of(Func<TicketFacts, double?> hours) => [.. tickets.Select(hours).OfType<double>()];
        var firstResponse = Of(t => t.FirstResponseHours);
        var toSite = Of(t => t.TimeToSiteHours);
        return Task.FromResult(new ResponseTimeRow(
            this.GetPrimaryKeyString().Split(':')[1], tickets.Count,
            Percentile.Of(firstResponse, 0.5), Percentile.Of(firstResponse, 0.9),
            Percentile.Of(toSite, 0.5), Percentile.Of(toSite, 0.9),
            Percentile.Of(Of(t => t.ResolutionHours), 0.5),
            targetFirstResponseHours, targetTimeToSiteHours, tickets.Sum(t => t.Breaches)));
    }
}
