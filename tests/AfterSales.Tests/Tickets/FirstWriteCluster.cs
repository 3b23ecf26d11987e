using AfterSales.Persistence.Storage;
using AfterSales.Silo.Hosting;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.TestingHost;

namespace AfterSales.Tests.Tickets;

/// <summary>A one-silo cluster whose ticket writes fail while <see cref="FailTicketWrites"/> is set (a full disk).</summary>
public sealed class FirstWriteCluster : OneSiloCluster<FirstWriteCluster.SiloConfigurator>
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    private static volatile bool _failTicketWrites;

    public static bool FailTicketWrites
    {
        get => _failTicketWrites;
        set => _failTicketWrites = value;
    }

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            ClusterFixture.Configure(silo, Clock);
            silo.Services.AddDefaultGrainStorage(sp => new FailingTicketWrites(sp.GetRequiredKeyedService<IGrainStorage>(SiloHosting.DurableStorage)));
        }
    }

    private sealed class FailingTicketWrites(IGrainStorage inner) : AfterSales.Grains.Common.ICommandWriteStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            stateName == "ticket" && FailTicketWrites
                ? throw new IOException("No space left on device.")
                : inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
