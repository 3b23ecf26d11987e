using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Persistence.Settings;
using Microsoft.Extensions.Options;

namespace AfterSales.Persistence.ReadModels;

/// <summary>
/// Wakes the tickets whose next SLA deadline has passed (R-TKT-3, R-TKT-5), found in the read model, every
/// <c>Sla:WatchSeconds</c> (default 10): each marks its breaches and raises their alerts. This replaces a reminder per
/// ticket, so no command writes a reminder, and after a restart (or a migration) nothing due is missed. Every silo
/// watches; a ticket woken twice reviews once.
/// </summary>
public sealed class DeadlineWatch(
    IGrainFactory grains, ReadModel readModel, IOptions<SlaWatchOptions> options, [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    ILogger<DeadlineWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.WatchSeconds));
        do
        {
            try
            {
                var due = await readModel.TicketsDueBy(clock.GetUtcNow());
                foreach (var batch in due.Chunk(32))
                {
                    await Task.WhenAll(batch.Select(id => grains.Get<ITicketGrain>(id).WakeUp()));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The deadline watch could not wake every ticket due; it tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
