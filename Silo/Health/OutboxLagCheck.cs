using AfterSales.Silo.Settings;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AfterSales.Silo.Health;

/// <summary>The read models keep up: the oldest outbox message is younger than <c>Health:MaxOutboxLagSeconds</c>.</summary>
public sealed class OutboxLagCheck(OutboxStatus status, OutboxWatch watch, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Looked at now when the watch has not (yet, or lately): at start, or when the database was away.
        if (status.Last is not { } last || DateTimeOffset.UtcNow - last.At > 2 * OutboxWatch.Every)
        {
            try
            {
                await watch.Look();
            }
            catch (Exception e)
            {
                return HealthCheckResult.Unhealthy($"the outbox cannot be read: {e.GetType().Name}");
            }
        }

        return Of(status.Last, options.Value.MaxOutboxLagSeconds);
    }

    public static HealthCheckResult Of((long Backlog, double LagSeconds, DateTimeOffset At)? last, double maxLagSeconds) => last switch
    {
        null => HealthCheckResult.Unhealthy("the outbox has not been looked at yet"),
        var (backlog, lag, _) when lag > maxLagSeconds => HealthCheckResult.Unhealthy($"{backlog} messages wait, the oldest {lag:0} s (bound {maxLagSeconds:0} s)"),
        var (backlog, lag, _) => HealthCheckResult.Healthy($"{backlog} messages wait, the oldest {lag:0.0} s"),
    };
}
