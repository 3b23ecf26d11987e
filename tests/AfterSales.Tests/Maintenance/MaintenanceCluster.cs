using AfterSales.Persistence.ReadModels;
using AfterSales.Persistence.Settings;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AfterSales.Tests.Maintenance;

/// <summary>
/// A two-silo cluster of its own for the maintenance plans: its tests move the clock by months and replace the plans of
/// a product line. No maintenance watch: the tests wake the machines themselves (the watch has its own cluster).
/// </summary>
public sealed class MaintenanceCluster : IDisposable
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2027, 1, 4, 2, 0, 0, TimeSpan.Zero));

    public MaintenanceCluster()
    {
        Cluster = new TestClusterBuilder(2).WithDatabase().AddSiloBuilderConfigurator<SiloConfigurator>().Build();
        Cluster.Deploy();
    }

    public TestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public ReadModel ReadModel => Cluster.Service<ReadModel>();

    public void Dispose() => Cluster.StopAllSilos();

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => ClusterFixture.Configure(silo, Clock);
    }
}

/// <summary>One silo with the maintenance watch running every 0.2 s on a clock of its own (R-PM-2: the watch raises what is due).</summary>
public sealed class MaintenanceWatchCluster : OneSiloCluster<MaintenanceWatchCluster.SiloConfigurator>
{
    // Later than the machine's own clock: a plan's change wakes the line's machines at the wall clock's now.
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2027, 9, 6, 2, 0, 0, TimeSpan.Zero));

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            ClusterFixture.Configure(silo, Clock);
            silo.Services.Configure<MaintenanceWatchOptions>(o => o.WatchSeconds = 0.2);
            silo.Services.AddHostedService<MaintenanceWatch>();
        }
    }
}
