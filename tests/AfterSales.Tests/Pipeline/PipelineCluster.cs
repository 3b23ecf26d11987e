using AfterSales.Grains.Common;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AfterSales.Tests.Pipeline;

/// <summary>A one-silo cluster whose command pipelines report to the <see cref="FaultProbe"/>.</summary>
public sealed class PipelineCluster : OneSiloCluster<PipelineCluster.SiloConfigurator>
{
    /// <summary>The clock of this cluster alone, so its tests can move it days ahead.</summary>
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            ClusterFixture.Configure(silo, Clock);
            silo.Services.AddSingleton<ICommandProbe, FaultProbe>();
        }
    }
}
