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

    // Summaries already computed for the facts as they are now; any change of the facts clears them.
    private readonly Dictionary<(ReportFilter, double, double), ResponseTimeRow> _summaries = [];

    public ResponseTimesGrain([PersistentState("responsetimes")] IPersistentState<ResponseTimesState> state)
    {
        _state = state;
        _writer = new BatchedWriter<ResponseTimesState>(state, DeactivateOnIdle);
    }

    public Task Record(TicketFacts facts)
    {
        if (_state.State.Tickets.TryGetValue(facts.TicketId, out var known))
        {
            if (known.Version >= facts.Version)
            {
                return _writer.Durable();
            }

            if (known == facts with { Version = known.Version })
            {
                // A newer version that says nothing new (most commands change no time): remembered, not written.
                _state.State.Tickets[facts.TicketId] = facts;
                return _writer.Durable();
            }
        }

        _state.State.Tickets[facts.TicketId] = facts;
        _summaries.Clear();
        return _writer.WriteSoon();
    }

    public Task<ResponseTimeRow> Summarize(ReportFilter filter, double targetFirstResponseHours, double targetTimeToSiteHours)
    {
        var key = (filter, targetFirstResponseHours, targetTimeToSiteHours);
        if (!_summaries.TryGetValue(key, out var row))
        {
            if (_summaries.Count >= 256)
            {
                _summaries.Clear();
            }

            _summaries[key] = row = Compute(filter, targetFirstResponseHours, targetTimeToSiteHours);
        }

        return Task.FromResult(row);
    }

    private ResponseTimeRow Compute(ReportFilter filter, double targetFirstResponseHours, double targetTimeToSiteHours)
    {
        var tickets = _state.State.Tickets.Values
            .Where(t => filter.Matches(t.Region, t.StationId, t.EngineerId, t.ProductLine))
            .ToList();
        List<double> Of(Func<TicketFacts, double?> hours) => [.. tickets.Select(hours).OfType<double>()];
        var firstResponse = Of(t => t.FirstResponseHours);
        var toSite = Of(t => t.TimeToSiteHours);
        return new ResponseTimeRow(
            this.GetPrimaryKeyString().Split(':')[1], tickets.Count,
            Percentile.Of(firstResponse, 0.5), Percentile.Of(firstResponse, 0.9),
            Percentile.Of(toSite, 0.5), Percentile.Of(toSite, 0.9),
            Percentile.Of(Of(t => t.ResolutionHours), 0.5),
            targetFirstResponseHours, targetTimeToSiteHours, tickets.Sum(t => t.Breaches));
    }
}
