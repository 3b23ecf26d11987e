using AfterSales.GrainInterfaces.Tickets;
using Microsoft.Extensions.Logging;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// Where reminders are not durable (the SQLite default keeps them in memory), wakes at start-up every ticket whose
/// SLA clock is pending, so that it registers its reminder again and marks what was breached while the silo was
/// down: no alert is lost across a restart.
/// </summary>
public sealed class SlaRecovery(IGrainFactory grains, ILogger<SlaRecovery> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        var filter = new TicketFilter(SlaPending: true);
        var partitions = await Task.WhenAll(Enumerable.Range(0, TicketDirectory.Partitions)
            .Select(p => grains.GetGrain<ITicketDirectoryGrain>(p).Find(filter)));
        var tickets = partitions.SelectMany(p => p).ToList();
        foreach (var batch in tickets.Chunk(32))
        {
            await Task.WhenAll(batch.Select(t => grains.GetGrain<ITicketGrain>(t.Id).ReviewSla()));
        }

        logger.LogInformation("SLA clocks of {Count} ticket(s) resumed after start-up", tickets.Count);
    }
}
