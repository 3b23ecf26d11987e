using AfterSales.Grains.Common;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace AfterSales.Tests.Pipeline;

/// <summary>A one-silo cluster whose command pipelines report to the <see cref="FaultProbe"/>.</summary>
public sealed class PipelineCluster : IDisposable
{
    public PipelineCluster()
    {
        Cluster = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();
        Cluster.Deploy();
    }

    public TestCluster Cluster { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public void Dispose() => Cluster.StopAllSilos();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            ClusterFixture.Configure(silo, ClusterFixture.Clock);
            silo.Services.AddSingleton<ICommandProbe, FaultProbe>();
        }
    }
}
