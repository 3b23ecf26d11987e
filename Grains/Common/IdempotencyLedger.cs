using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Common;

/// <summary>
/// The idempotency keys a grain has answered, with their first answers (API.md: the same key again returns
/// the first answer and changes nothing more). Kept in the grain's state, so a retry after a restart still
/// applies once. Only the newest <see cref="Capacity"/> keys are kept.
/// </summary>
public static class IdempotencyLedger
{
    public const int Capacity = 200;

    /// <summary>The first answer to this key, or default when the key is new (or absent).</summary>
    public static T? Replay<T>(Dictionary<string, IdempotentAnswer<T>> ledger, string? key, string operation)
        where T : class
    {
        if (key is null || !ledger.TryGetValue(key, out var first))
        {
            return null;
        }

        if (first.Operation != operation)
        {
            throw new RuleViolationException(
                RuleIds.IdempotencyKeyReused,
                $"Idempotency-Key '{key}' was already used for {first.Operation}, not {operation}.");
        }

        return first.Answer;
    }

    /// <summary>
    /// Runs a command once per idempotency key: a repeated key gets the first answer; otherwise the rule runs (it
    /// throws before it changes anything when it refuses), its answer is recorded with the key, the state is
    /// written, and only then is the answer given.
    /// </summary>
    public static async Task<T> Apply<T, TState>(
        IPersistentState<TState> state, Dictionary<string, IdempotentAnswer<T>> ledger, string? key, string operation,
        DateTimeOffset now, Func<T> rule, Action deactivateOnIdle)
        where T : class
    {
        if (Replay(ledger, key, operation) is { } first)
        {
            return first;
        }

        var answer = rule();
        Record(ledger, key, operation, answer, now);
        await GrainWrites.WriteOrReload(state, deactivateOnIdle);
        return answer;
    }

    public static void Record<T>(
        Dictionary<string, IdempotentAnswer<T>> ledger, string? key, string operation, T answer, DateTimeOffset at)
    {
        if (key is null)
        {
            return;
        }

        ledger[key] = new IdempotentAnswer<T> { Operation = operation, Answer = answer, At = at };
        if (ledger.Count > Capacity)
        {
            var oldest = ledger.MinBy(e => e.Value.At).Key;
            ledger.Remove(oldest);
        }
    }
}
