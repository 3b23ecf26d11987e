using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Persistence.Settings;
using Microsoft.Extensions.Options;

namespace AfterSales.Persistence.ReadModels;

/// <summary>
/// Wakes the machines whose next due point is to be raised (R-PM-2, R-PM-3) or whose line's plan changed (R-PM-1),
/// found in the machine list, every <c>Maintenance:WatchSeconds</c> (default 60): each raises what is due and plans its
/// next wake. Like the deadline watch it replaces a reminder per machine, and nothing due is missed after a restart.
/// Every silo watches; a machine woken twice raises once (its tickets' ids are its due points).
/// </summary>
public sealed class MaintenanceWatch(
    IGrainFactory grains, ReadModel readModel, IOptions<MaintenanceWatchOptions> options, [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    ILogger<MaintenanceWatch> logger) : BackgroundService
{
    /// <summary>The most machines woken in one round; the rest wake at the next.</summary>
    public const int RoundSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.WatchSeconds));
        do
        {
            try
            {
                var due = await readModel.MachinesWakingBy(clock.GetUtcNow(), RoundSize);
                foreach (var batch in due.Chunk(32))
                {
                    await Task.WhenAll(batch.Select(serial => grains.Get<IMachineGrain>(serial).WakeUp()));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The maintenance watch could not wake every machine due; it tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
