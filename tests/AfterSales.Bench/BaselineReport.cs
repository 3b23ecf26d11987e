using System.Collections.Concurrent;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Reporting;

namespace AfterSales.Bench;

/// <summary>The baseline: the same weekly report, computed by reading every ticket grain and its times.</summary>
public sealed class BaselineReport(IGrainFactory grains, BenchTickets tickets, IReadOnlyList<string> ids)
{
    public async Task<IReadOnlyList<ResponseTimeRow>> Compute()
    {
        var views = new ConcurrentBag<TicketView>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 512 }, async (id, _) =>
            views.Add(await grains.GetGrain<ITicketGrain>(id).Get()));
        return
        [
            .. views.GroupBy(v => tickets.WeekOf(v.ReceivedAt)).OrderBy(g => g.Key).Select(g =>
            {
                List<double> Of(Func<TicketView, double?> hours) => [.. g.Select(hours).OfType<double>()];
                var firstResponse = Of(v => v.Times.FirstResponseHours);
                var toSite = Of(v => v.Times.TimeToSiteHours);
                double? resolution(TicketView v) => v.ResolvedAt is { } r ? Math.Round((r - v.ReceivedAt).TotalHours, 2) : null;
                return new ResponseTimeRow(
                    g.Key, g.Count(), Percentile.Of(firstResponse, 0.5), Percentile.Of(firstResponse, 0.9), Percentile.Of(toSite, 0.5),
                    Percentile.Of(toSite, 0.9), Percentile.Of(Of(resolution), 0.5), 2, 24, 0);
            }),
        ];
    }
}
