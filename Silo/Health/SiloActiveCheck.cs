using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace AfterSales.Silo.Health;

/// <summary>The silo is Active in the cluster: a joining, shutting-down or dead silo takes no traffic.</summary>
public sealed class SiloActiveCheck(ISiloStatusOracle oracle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Of(oracle.CurrentStatus));

    public static HealthCheckResult Of(SiloStatus status) =>
        status == SiloStatus.Active ? HealthCheckResult.Healthy("Active") : HealthCheckResult.Unhealthy($"the silo is {status}, not Active");
}
