using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AfterSales.Tests.Machines;

/// <summary>
/// A cluster of its own for the machines' tests that move time by weeks and months (the shared cluster's clock may only
/// move a little), with a warranty of 2,000 operating hours for truck mixers (R-WTY-4).
/// </summary>
public sealed class MachinesCluster : OneSiloCluster<MachinesCluster.SiloConfigurator>
{
    public const double MixerWarrantyHours = 2000;

    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 4, 1, 2, 0, 0, TimeSpan.Zero));

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            ClusterFixture.Configure(silo, Clock);
            silo.Services.Configure<CodeOfConductSettings>(s => s.WarrantyHours[ProductLine.TruckMixer] = MixerWarrantyHours);
        }
    }
}
