using AfterSales.Silo.Hosting;
using Orleans.Storage;

namespace AfterSales.Tests.Durability;

/// <summary>The SQLite default's storage lets one write at a time through, and never holds up a read.</summary>
public sealed class SqliteWriteGateTests
{
    [Fact]
    public async Task Writes_reach_sqlite_one_at_a_time_and_reads_do_not_wait_for_them()
    {
        var sqlite = new SlowStorage();
        var gate = new SqliteWriteGate(sqlite, new SqliteWriter());
        var writes = Enumerable.Range(0, 16)
            .Select(i => gate.WriteStateAsync("ticket", GrainId.Create("ticket", $"t-{i}"), new GrainState<string>($"state {i}")))
            .ToList();

        // A read while the writes queue up is answered at once.
        await sqlite.FirstWriteStarted.Task;
        var read = gate.ReadStateAsync("ticket", GrainId.Create("ticket", "t-0"), new GrainState<string>());
        Assert.True(read.IsCompleted);
        Assert.True(writes.Count(w => w.IsCompleted) < writes.Count);

        await Task.WhenAll(writes);
        Assert.Equal(16, sqlite.Written);
        Assert.Equal(1, sqlite.MostAtOnce);
    }

    /// <summary>A storage whose writes take a while, counting how many run at once.</summary>
    private sealed class SlowStorage : IGrainStorage
    {
        private int _running;

        public TaskCompletionSource FirstWriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int MostAtOnce { get; private set; }

        public int Written { get; private set; }

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var running = Interlocked.Increment(ref _running);
            MostAtOnce = Math.Max(MostAtOnce, running);
            FirstWriteStarted.TrySetResult();
            await Task.Delay(10);
            Written++;
            Interlocked.Decrement(ref _running);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }
}
