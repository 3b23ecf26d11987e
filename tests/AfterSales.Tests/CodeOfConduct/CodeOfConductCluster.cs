using AfterSales.Tests.Cluster;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AfterSales.Tests.CodeOfConduct;

/// <summary>
/// A test cluster of its own for the code of conduct: its tests approve new versions, which would change the
/// numbers every other test's tickets are received under.
/// </summary>
public sealed class CodeOfConductCluster : OneSiloCluster<CodeOfConductCluster.SiloConfigurator>
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => ClusterFixture.Configure(silo, Clock);
    }
}
