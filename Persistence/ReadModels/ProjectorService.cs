namespace AfterSales.Persistence.ReadModels;

/// <summary>Runs the <see cref="Projector"/> off the request path: every 100 ms, whatever the outbox holds.</summary>
public sealed class ProjectorService(Projector projector, ILogger<ProjectorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await projector.CatchUp(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The batch went back into the outbox; the next tick tries again.
                logger.LogWarning(e, "The outbox could not be applied to the read models; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }
}
