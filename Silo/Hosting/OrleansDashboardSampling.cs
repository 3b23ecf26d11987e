using System.Reflection;
using Orleans.Dashboard;

namespace AfterSales.Silo.Hosting;

/// <summary>
/// How often the Orleans dashboard (operations' <c>/orleans</c>) samples Orleans' instruments: every
/// <c>Orleans:DashboardSampleSeconds</c> (10) instead of its fixed second. One of those instruments sums the pending
/// requests of every activation, so each sample walks them all: 2.5-3.5% of the service's CPU at intake with the tickets
/// of a few minutes active, and more with every active ticket. Orleans.Dashboard 10.4.2 has the interval as
/// <c>DashboardHost.ExportIntervalMilliseconds</c> but no option for it, so it is set on the host before any hosted
/// service starts (the silo, and with it the dashboard); should a later version drop that property, the dashboard keeps
/// its second and a warning says so.
/// </summary>
public sealed class OrleansDashboardSampling(IServiceProvider services, IConfiguration config, ILogger<OrleansDashboardSampling> logger)
    : IHostedLifecycleService
{
    public const string SecondsKey = "Orleans:DashboardSampleSeconds";

    private static readonly Type? Host = typeof(DashboardOptions).Assembly.GetType("Orleans.Dashboard.DashboardHost");

    private static readonly PropertyInfo? Interval =
        Host?.GetProperty("ExportIntervalMilliseconds", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (Interval?.SetMethod is not null && HostIn(services) is { } host)
        {
            Interval.SetValue(host, Math.Clamp(config.GetValue(SecondsKey, 10), 1, 3600) * 1000);
        }
        else
        {
            logger.LogWarning("The Orleans dashboard's sampling interval could not be set; it samples every second.");
        }

        return Task.CompletedTask;
    }

    /// <summary>The interval the dashboard's host samples at, in milliseconds (null: no such host or property).</summary>
    public static int? Current(IServiceProvider services) =>
        Interval is not null && HostIn(services) is { } host ? (int?)Interval.GetValue(host) : null;

    private static object? HostIn(IServiceProvider services) => Host is null ? null : services.GetService(Host);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
