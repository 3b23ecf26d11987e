using AfterSales.GrainInterfaces.Tickets;
using Microsoft.Extensions.Logging;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// Where reminders are not durable (the SQLite default keeps them in memory), wakes every open ticket at start-up,
/// so that it registers its reminder again, marks what was breached while the silo was down, and tells the
/// directory and the reports what it wrote just before a crash: no alert and no fact is lost across a restart.
/// </summary>
public sealed class TicketRecovery(IGrainFactory grains, ILogger<TicketRecovery> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        // Open tickets: their SLA clocks may be pending; a ticket whose last write was not published yet still shows
        // open in the directory, whatever it became; and a new ticket is listed before its first write.
        var filter = new TicketFilter(Open: true);
        var tickets = await TicketDirectory.AskAll<ITicketDirectoryGrain, TicketSummary>(grains, d => d.Find(filter));
        foreach (var batch in tickets.Chunk(32))
        {
            await Task.WhenAll(batch.Select(t => grains.GetGrain<ITicketGrain>(t.Id).WakeUp()));
        }

        logger.LogInformation("{Count} open ticket(s) woken after start-up", tickets.Count);
    }
}
