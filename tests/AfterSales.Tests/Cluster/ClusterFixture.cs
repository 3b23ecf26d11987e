using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AfterSales.Tests.Cluster;

/// <summary>A real Orleans TestCluster (two silos) whose grains read time from a clock the tests move.</summary>
public sealed class ClusterFixture : IDisposable
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public ClusterFixture()
    {
        Cluster = new TestClusterBuilder(2).AddSiloBuilderConfigurator<SiloConfigurator>().Build();
        Cluster.Deploy();
    }

    public TestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public void Dispose() => Cluster.StopAllSilos();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.Services.AddSingleton<TimeProvider>(Clock);
        }
    }
}
