using AfterSales.Grains.Common;
using AfterSales.Persistence.Storage;

namespace AfterSales.Silo.Health;

/// <summary>Looks at the outbox every few seconds: its backlog and lag feed the readiness check and the metrics.</summary>
public sealed class OutboxWatch(SqlDatabase database, OutboxStatus status, ILogger<OutboxWatch> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ServiceTelemetry.Meter.CreateObservableGauge("aftersales.outbox.backlog", () => status.Last?.Backlog ?? 0, "{message}", "Messages in the outbox not yet applied to the read models.");
        ServiceTelemetry.Meter.CreateObservableGauge("aftersales.outbox.lag", () => status.Last?.LagSeconds ?? 0, "s", "Age of the oldest message in the outbox.");
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await Look();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "The outbox could not be looked at");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task Look()
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null, "SELECT COUNT(*), MIN(CreatedOn) FROM AfterSalesOutbox");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var backlog = Convert.ToInt64(reader.GetValue(0));
        var now = DateTimeOffset.UtcNow;
        var lag = reader.IsDBNull(1) ? 0 : Math.Max(0, (now - DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(1)))).TotalSeconds);
        status.Record(backlog, lag, now);
    }
}
