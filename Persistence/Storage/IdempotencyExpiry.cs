using AfterSales.Grains.Common;
using AfterSales.Persistence.Settings;
using Microsoft.Extensions.Options;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// Deletes idempotency records older than their time to live (<c>Idempotency:KeepHours</c>, default 24, docs/api.md "Idempotency":
/// "kept at least 24 h"), once an hour.
/// </summary>
public sealed class IdempotencyExpiry(IIdempotencyStore store, IOptions<IdempotencyOptions> options, ILogger<IdempotencyExpiry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var keep = TimeSpan.FromHours(options.Value.KeepHours);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                var removed = await store.Expire(DateTimeOffset.UtcNow - keep);
                logger.LogDebug("{Count} idempotency records older than {Keep} removed", removed, keep);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Idempotency records could not be expired; next attempt in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
