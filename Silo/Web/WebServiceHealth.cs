using AfterSales.Dashboard.App;
using AfterSales.Silo.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace AfterSales.Silo.Web;

/// <summary>The Operations start page's view of the service: the same readiness checks as <c>/health/ready</c>, and Orleans' membership.</summary>
public sealed class WebServiceHealth(HealthCheckService health, IGrainFactory grains) : IServiceHealth
{
    public async Task<Readiness> Readiness(CancellationToken cancellationToken = default)
    {
        var report = await health.CheckHealthAsync(HealthHosting.IsReadiness, cancellationToken);
        return new Readiness(
            report.Status == HealthStatus.Healthy,
            [.. report.Entries.Select(e => new ReadinessCheck(e.Key, e.Value.Status == HealthStatus.Healthy, e.Value.Description ?? e.Value.Exception?.Message))]);
    }

    public async Task<IReadOnlyList<SiloHost>> Silos()
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: false);
        return
        [
            .. hosts
                .OrderBy(h => h.Status == SiloStatus.Active ? 0 : h.Status == SiloStatus.Dead ? 2 : 1)
                .ThenByDescending(h => h.StartTime)
                .Take(20)
                .Select(h => new SiloHost(
                    h.SiloAddress.ToString(), h.SiloName, h.HostName, h.Status.ToString(), Utc(h.StartTime), Utc(h.IAmAliveTime))),
        ];
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
