namespace AfterSales.Grains.Common;

/// <summary>
/// Group commit for a reentrant grain that many callers write to: every change made while a write is in flight
/// goes into one next write, and each caller awaits the write that holds its change (acknowledged means durable).
/// </summary>
public sealed class BatchedWriter<T>(IPersistentState<T> state, Action deactivateOnIdle)
{
    private Task _inFlight = Task.CompletedTask;
    private Task? _queued;

    /// <summary>The write that will hold the changes made so far.</summary>
    public Task WriteSoon() => _queued ??= WriteAfter(_inFlight);

    /// <summary>Completes when what is in memory now is durable.</summary>
    public Task Durable() => _queued ?? _inFlight;

    private async Task WriteAfter(Task previous)
    {
        // Let the caller's turn end, so that _queued is this task and changes of other callers can join it.
        await Task.Yield();
        try
        {
            await previous;
        }
        catch
        {
            // Its own callers saw that failure; this write carries their changes again.
        }

        _inFlight = _queued!;
        _queued = null;
        await GrainWrites.WriteOrReload(state, deactivateOnIdle);
    }
}
