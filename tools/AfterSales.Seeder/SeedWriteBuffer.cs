using System.Collections.Concurrent;
using AfterSales.Grains.Common;
using Orleans.Storage;

namespace AfterSales.Seeder;

/// <summary>
/// The grain storage of <c>seed-demo</c>. A demo year is some 70,000 commands, each of which the service writes
/// durably before it answers; on SQLite that is one commit, with its fsync and its lock, per command, and the seed
/// took seven minutes. This storage keeps the latest state of each grain in memory while the year is seeded (the
/// grains' rules run exactly as in the service) and <see cref="Flush"/> then writes the final state of every grain
/// to the durable storage, one write per grain. From the flush on it writes through, so what the grains write while
/// the seed ends (deactivation, late facts) is durable too. A seed that stops before the flush leaves the data as it
/// was. What a command writes besides its state (<see cref="CommandWrite"/>) is held with it: the newest outbox message
/// of each owner (a projection tells the read models the whole state; a reading of the hours is an owner of its own) and the history since the last durable write go with the final state; a
/// keyed answer is kept at once, as its grain answered.
/// </summary>
public sealed class SeedWriteBuffer(IGrainStorage durable, CommandWrites writes, IIdempotencyStore idempotency) : ICommandWriteStorage
{
    private readonly ConcurrentDictionary<(string State, GrainId Grain), Entry> _entries = new();

    private volatile bool _writeThrough;

    /// <summary>How many grains have a state not yet written to the durable storage.</summary>
    public int Pending => _entries.Values.Count(e => e.Write is not null);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Locked(stateName, grainId, async entry =>
        {
            if (entry.Held is PendingWrite<T> held)
            {
                grainState.State = held.State;
                grainState.ETag = entry.LocalETag;
                grainState.RecordExists = !held.Cleared;
                return;
            }

            await durable.ReadStateAsync(stateName, grainId, grainState);
            entry.DurableETag = entry.LocalETag = grainState.ETag;
        });

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Hold(stateName, grainId, grainState, cleared: false);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Hold(stateName, grainId, grainState, cleared: true);

    /// <summary>Writes every held state to the durable storage, then writes through.</summary>
    /// <param name="written">Called after each grain's state is written.</param>
    public async Task Flush(Action? written = null)
    {
        _writeThrough = true;
        foreach (var ((state, grain), _) in _entries)
        {
            await Locked(state, grain, entry => entry.Write is { } write ? WriteDurably(state, grain, entry, write) : Task.CompletedTask);
            written?.Invoke();
        }
    }

    private Task Hold<T>(string stateName, GrainId grainId, IGrainState<T> grainState, bool cleared) =>
        Locked(stateName, grainId, async entry =>
        {
            if (grainState.ETag != entry.LocalETag)
            {
                throw new InconsistentStateException($"{stateName} of {grainId} was written by another activation.", entry.LocalETag, grainState.ETag);
            }

            var command = writes.Take(grainId);
            if (command.Answer is { } answer)
            {
                await idempotency.Save(answer);
            }

            // The outbox held with the state: each owner's newest message (a projection tells the whole state), and every
            // message of its own key (a machine's readings, each kept once by its number).
            var outbox = entry.Write is PendingWrite<T> pending
                ? [.. pending.Command.Outbox.Concat(command.Outbox).GroupBy(m => (m.Kind, m.Key)).Select(g => g.MaxBy(m => m.Version)!)]
                : command.Outbox;
            var write = new PendingWrite<T>(grainState.State!, cleared, command with { Answer = null, Outbox = outbox }, writes);
            if (_writeThrough)
            {
                await WriteDurably(stateName, grainId, entry, write);
            }
            else
            {
                entry.Write = write;
            }

            entry.Held = write;
            entry.LocalETag = $"seed-{++entry.Version}";
            grainState.ETag = entry.LocalETag;
            grainState.RecordExists = !cleared;
        });

    // On success nothing is pending any more; a failed write leaves what was pending before it.
    private async Task WriteDurably(string stateName, GrainId grainId, Entry entry, IPendingWrite write)
    {
        entry.DurableETag = await write.WriteTo(durable, stateName, grainId, entry.DurableETag);
        entry.Write = null;
    }

    private async Task Locked(string stateName, GrainId grainId, Func<Entry, Task> action)
    {
        var entry = _entries.GetOrAdd((stateName, grainId), _ => new Entry());
        await entry.Gate.WaitAsync();
        try
        {
            await action(entry);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>The state the grains see: the last one written, kept after the flush.</summary>
        public IPendingWrite? Held { get; set; }

        /// <summary>The state not yet in the durable storage.</summary>
        public IPendingWrite? Write { get; set; }

        public string? DurableETag { get; set; }

        public string? LocalETag { get; set; }

        public int Version { get; set; }
    }

    private interface IPendingWrite
    {
        Task<string?> WriteTo(IGrainStorage storage, string stateName, GrainId grainId, string? eTag);
    }

    private sealed record PendingWrite<T>(T State, bool Cleared, CommandWrite Command, CommandWrites Writes) : IPendingWrite
    {
        public async Task<string?> WriteTo(IGrainStorage storage, string stateName, GrainId grainId, string? eTag)
        {
            var state = new GrainState<T>(State) { ETag = eTag, RecordExists = eTag is not null };
            if (Cleared)
            {
                await storage.ClearStateAsync(stateName, grainId, state);
            }
            else
            {
                Writes.Stage(grainId, Command);
                await storage.WriteStateAsync(stateName, grainId, state);
            }

            return state.ETag;
        }
    }
}
