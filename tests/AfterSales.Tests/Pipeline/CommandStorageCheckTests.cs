using AfterSales.Grains.Common;
using AfterSales.Persistence.Storage;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.TestingHost;

namespace AfterSales.Tests.Pipeline;

/// <summary>
/// What a command writes besides its state (outbox, new history, keyed answer) reaches the storage as a value; a silo
/// whose grain storage cannot take it does not start, and says which storage it is.
/// </summary>
public sealed class CommandStorageCheckTests
{
    [Fact]
    public void A_grain_storage_that_cannot_take_a_commands_write_is_refused_by_its_name()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => CommandStorageCheck.Require(new StateOnlyStorage()));

        Assert.Contains(typeof(StateOnlyStorage).FullName!, refused.Message);
        Assert.Contains(nameof(ICommandWriteStorage), refused.Message);
    }

    [Fact]
    public async Task A_silo_whose_grain_storage_cannot_take_it_does_not_start()
    {
        var cluster = new TestClusterBuilder(1).WithDatabase().AddSiloBuilderConfigurator<StateOnlySilo>().Build();
        try
        {
            var failed = await Assert.ThrowsAnyAsync<Exception>(() => cluster.DeployAsync());
            Assert.Contains(typeof(StateOnlyStorage).FullName!, failed.ToString());
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public void The_hand_off_gives_a_grain_its_staged_write_once()
    {
        var writes = new CommandWrites();
        var grain = GrainId.Create("ticket", "T-1");
        var write = new CommandWrite([], [], null);

        writes.Stage(grain, write);

        Assert.Same(write, writes.Take(grain));
        Assert.Same(CommandWrite.None, writes.Take(grain));
        Assert.False(writes.Untaken(grain));
    }

    public sealed class StateOnlySilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            ClusterFixture.Configure(silo, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));
            silo.Services.AddDefaultGrainStorage(_ => new StateOnlyStorage());
        }
    }

    /// <summary>A grain storage that knows only the state: it would drop every outbox message, history entry and keyed answer.</summary>
    private sealed class StateOnlyStorage : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }
}
