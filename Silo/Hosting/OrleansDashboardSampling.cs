using System.Reflection;
using Orleans.Dashboard;

namespace AfterSales.Silo.Hosting;

/// <summary>
/// How often the Orleans dashboard (operations' <c>/orleans</c>) samples Orleans' instruments: every
/// <c>Orleans:DashboardSampleSeconds</c> (10) instead of its fixed second. One of those instruments sums the pending
/// requests of every activation, so each sample walks them all: 2.5-3.5% of the service's CPU at intake with the tickets
/// of a few minutes active, and more with every active ticket. Orleans.Dashboard 10.4.2 has the interval as
/// <c>DashboardHost.ExportIntervalMilliseconds</c> but no option for it, so it is set on the host before the silo starts;
/// should a later version drop that property, the dashboard keeps its second and a warning says so.
/// </summary>
public static class OrleansDashboardSampling
{
    public const string SecondsKey = "Orleans:DashboardSampleSeconds";

    private static readonly Type? Host = typeof(DashboardOptions).Assembly.GetType("Orleans.Dashboard.DashboardHost");

    private static readonly PropertyInfo? Interval =
        Host?.GetProperty("ExportIntervalMilliseconds", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    public static void Apply(IServiceProvider services, IConfiguration config)
    {
        var seconds = Math.Clamp(config.GetValue(SecondsKey, 10), 1, 3600);
        if (Host is not null && Interval?.SetMethod is not null && services.GetService(Host) is { } host)
        {
            Interval.SetValue(host, seconds * 1000);
            return;
        }

        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OrleansDashboardSampling))
            .LogWarning("The Orleans dashboard's sampling interval could not be set; it samples every second.");
    }

    /// <summary>The interval the dashboard's host will sample at, in milliseconds (null: no such host or property).</summary>
    public static int? Current(IServiceProvider services) =>
        Host is not null && Interval is not null && services.GetService(Host) is { } host ? (int?)Interval.GetValue(host) : null;
}
