using System.Collections.Concurrent;
using AfterSales.GrainInterfaces.Common;
using Orleans.Storage;

namespace AfterSales.Grains.Common;

/// <summary>
/// What a command writes besides its grain's state: the outbox messages the read models and notifications learn of it,
/// the history entries it added (R-TKT-12, appended to the journal, never rewritten), and the answer kept for its
/// idempotency key. The pipeline hands it to the grain storage (<see cref="CommandWrites"/>), which writes it in the
/// state's transaction: what is acknowledged is never without its outbox, its history or its keyed answer.
/// </summary>
public sealed record CommandWrite(IReadOnlyList<OutboxMessage> Outbox, IReadOnlyList<HistoryEntry> History, IdempotencyRecord? Answer)
{
    public static readonly CommandWrite None = new([], [], null);
}

/// <summary>
/// A grain storage that takes a command's <see cref="CommandWrite"/> with the state (from <see cref="CommandWrites"/>,
/// in the same transaction). The silo refuses to start on a grain storage that is not one (<see cref="CommandStorageCheck"/>):
/// any other would write the state and silently drop its outbox, history and keyed answer.
/// </summary>
public interface ICommandWriteStorage : IGrainStorage;

/// <summary>
/// The hand-off from the pipeline to the storage: a grain's <see cref="CommandWrite"/> is staged just before its state
/// is written and taken by the storage in that write. A grain runs one command at a time, so a grain has at most one.
/// </summary>
public sealed class CommandWrites
{
    private readonly ConcurrentDictionary<GrainId, CommandWrite> _staged = new();

    public void Stage(GrainId grain, CommandWrite write) => _staged[grain] = write;

    /// <summary>The grain's staged write (nothing staged: a write of the state alone).</summary>
    public CommandWrite Take(GrainId grain) => _staged.TryRemove(grain, out var write) ? write : CommandWrite.None;

    /// <summary>Whether the write staged for the grain is still there (the storage did not take it); it is dropped.</summary>
    public bool Untaken(GrainId grain) => _staged.TryRemove(grain, out _);
}

/// <summary>The grain storage every grain writes through takes a command's write, or the silo does not start.</summary>
public static class CommandStorageCheck
{
    public static void Require(IGrainStorage storage)
    {
        if (storage is not ICommandWriteStorage)
        {
            throw new InvalidOperationException(
                $"The grain storage {storage.GetType().FullName} cannot take a command's write (its outbox, new history and keyed answer) with the grain's state: "
                + $"it does not implement {nameof(ICommandWriteStorage)}, and the read models, the journal and idempotency would silently lose what it drops.");
        }
    }
}
