using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Silo.ReadModels;

/// <summary>
/// Where reminders are not durable (the SQLite default keeps them in memory), wakes at start-up every ticket with a
/// running deadline, so that it registers its reminder again and marks what was breached while the silo was down.
/// </summary>
public sealed class TicketRecovery(IGrainFactory grains, ReadModel readModel, ILogger<TicketRecovery> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        var tickets = await readModel.TicketsWithRunningDeadlines();
        foreach (var batch in tickets.Chunk(32))
        {
            await Task.WhenAll(batch.Select(id => grains.GetGrain<ITicketGrain>(id).WakeUp()));
        }

        logger.LogInformation("{Count} ticket(s) with a running deadline woken after start-up", tickets.Count);
    }
}
