using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;

namespace AfterSales.Grains.Common;

/// <summary>
/// The one way a grain takes a command: who may act (the access policy, before anything else) -> idempotency -> the rule (the input, the new state) on a draft
/// copy of the state -> history -> write (the state with its outbox, its new history and a keyed answer, in one
/// transaction where the storage can) -> only then is the draft the activation's state -> what the grain tells other
/// grains after the write. A failure at any step before the write, or of the write itself, leaves the activation's
/// state as it was: the rule never touches the state the grain holds. The grain reads <see cref="State"/>, which is
/// the draft while a command runs.
/// </summary>
public sealed class CommandPipeline<TState>(
    IPersistentState<TState> store,
    GrainId grain,
    Action deactivateOnIdle,
    CommandServices services,
    CommandAccess<TState>? access,
    Func<TState, IReadOnlyList<OutboxMessage>>? outbox = null,
    Action<TState, TState>? written = null)
    where TState : class
{
    private static readonly JsonSerializerOptions FingerprintJson = new() { WriteIndented = false };

    private TState? _draft;

    /// <summary>The state the grain's code reads and its rules change: the draft while a command runs.</summary>
    public TState State => _draft ?? store.State;

    /// <summary>
    /// Runs one command. <paramref name="rule"/> checks and changes the draft and says what it did;
    /// <paramref name="record"/> writes that into the draft's history; <paramref name="answer"/> is computed from the
    /// new state (the draft) and given once it is written; <paramref name="deliver"/> then tells other grains what they
    /// must learn (the grain retries it when it fails, so its failure does not undo the acknowledged command).
    /// </summary>
    public Task<TAnswer> Run<TChange, TAnswer>(
        CommandRequest request,
        Func<TState, Task<TChange>> rule,
        Func<TState, TChange, Task>? record,
        Func<TChange, TAnswer> answer,
        Func<Task>? deliver = null) =>
        Keyed(request, keptWithTheWrite: true, async fingerprint =>
        {
            // A keyed answer is written with the state it comes from: neither is kept without the other.
            var result = await Apply(rule, record, answer, request.Key is null ? null : a => Record(request, fingerprint!, a));
            await Deliver(deliver);
            return result;
        });

    /// <summary>
    /// The idempotency step around a command of several writes: the same caller, key and request again get the first
    /// answer, a refusal too; the same key with another request is refused (422); a new key runs
    /// <paramref name="command"/> and keeps its answer once the command is done.
    /// </summary>
    public Task<TAnswer> Once<TAnswer>(CommandRequest request, Func<Task<TAnswer>> command) =>
        Keyed(request, keptWithTheWrite: false, _ => command());

    /// <summary>
    /// The first answer to a repeated request; otherwise the command (given the request's fingerprint), whose refusal is
    /// kept, and whose answer is kept here unless it was kept with the command's write.
    /// </summary>
    private async Task<TAnswer> Keyed<TAnswer>(CommandRequest request, bool keptWithTheWrite, Func<string?, Task<TAnswer>> command)
    {
        var started = Stopwatch.GetTimestamp();
        var operation = request.Operation.Name;
        try
        {
            var answer = await Unmeasured(request, keptWithTheWrite, command);
            ServiceTelemetry.Command(grain.Type.ToString(), operation, "applied", null, Stopwatch.GetElapsedTime(started));
            return answer;
        }
        catch (Exception e)
        {
            var refused = IsRefusal(e);
            ServiceTelemetry.Command(grain.Type.ToString(), operation, refused ? "refused" : "failed", refused ? RuleOf(e) : null, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    private static string? RuleOf(Exception e) => e switch
    {
        RuleViolationException r => r.RuleId,
        InvalidInputException i => i.RuleId,
        ForbiddenException f => f.RuleId,
        NotFoundException => "not-found",
        _ => null,
    };

    private async Task<TAnswer> Unmeasured<TAnswer>(CommandRequest request, bool keptWithTheWrite, Func<string?, Task<TAnswer>> command)
    {
        // Who may act is asked first: a replay answers only a caller who may run the command on this object now.
        (access ?? throw new InvalidOperationException($"{grain} takes no commands from callers.")).Require(store.State, request);
        var first = await FirstAnswer<TAnswer>(request);
        if (first.Found)
        {
            return first.Answer!;
        }

        TAnswer result;
        try
        {
            // The limits of docs/api.md "Limits", whoever sent the command (the API checked them already where the body entered).
            ContractValidation.Require(request.Body, services.Clock);
            result = await command(first.Fingerprint);
        }
        catch (Exception refusal) when (IsRefusal(refusal))
        {
            await Remember(request, first.Fingerprint, new IdempotentOutcome { Refusal = refusal });
            throw;
        }

        if (!keptWithTheWrite)
        {
            await Remember(request, first.Fingerprint, new IdempotentOutcome { Answer = result });
        }

        return result;
    }

    /// <summary>Step 1: the request's fingerprint, and the first answer when this caller's key was answered before.</summary>
    private async Task<(bool Found, TAnswer? Answer, string? Fingerprint)> FirstAnswer<TAnswer>(CommandRequest request)
    {
        await Probe(CommandStep.Idempotency);
        if (request.Key is not { } key)
        {
            return (false, default, null);
        }

        var fingerprint = Fingerprint(request);
        return await services.Idempotency.Find(grain.ToString(), key) is { } first
            ? (true, Replay<TAnswer>(first, fingerprint, request), fingerprint)
            : (false, default, fingerprint);
    }

    /// <summary>A change the grain makes of itself (a clock, an outbox acknowledged): no key, no history of the caller.</summary>
    public Task Change(Action<TState> change) =>
        Change(draft =>
        {
            change(draft);
            return Task.CompletedTask;
        });

    /// <inheritdoc cref="Change(Action{TState})"/>
    public Task Change(Func<TState, Task> change) =>
        Apply(
            async draft =>
            {
                await change(draft);
                return true;
            },
            null,
            _ => true);

    /// <summary>The rule on a draft, its history, the write; the draft becomes the state only once written.</summary>
    public async Task<TAnswer> Apply<TChange, TAnswer>(
        Func<TState, Task<TChange>> rule,
        Func<TState, TChange, Task>? record,
        Func<TChange, TAnswer> answer,
        Func<IdempotentOutcome, IdempotencyRecord>? keep = null)
    {
        var committed = store.State;
        _draft = services.Copy(committed);
        try
        {
            await Probe(CommandStep.Rule);
            var change = await rule(_draft);
            await Probe(CommandStep.History);
            if (record is not null)
            {
                await record(_draft, change);
            }

            // The answer comes from the new state: the draft, which the grain's code reads until the command ends.
            var result = answer(change);
            // What the read models learn of this write, the history it added and its keyed answer travel with the
            // state, as a value the storage writes in the state's transaction.
            var write = new CommandWrite(
                outbox?.Invoke(_draft) ?? [],
                _draft is IHasJournal journal ? [.. journal.History.Skip(journal.JournalWritten)] : [],
                keep?.Invoke(new IdempotentOutcome { Answer = result }));
            store.State = _draft;
            try
            {
                await Probe(CommandStep.Write, committed);
                services.Writes.Stage(grain, write);
                await store.WriteStateAsync();
            }
            catch
            {
                // The write may or may not have reached the database: the next activation reads what did.
                services.Writes.Untaken(grain);
                store.State = committed;
                deactivateOnIdle();
                throw;
            }

            if (services.Writes.Untaken(grain))
            {
                // Cannot happen on a silo that started (CommandStorageCheck); a storage that drops it is a bug to see.
                throw new InvalidOperationException($"{grain}: the grain storage wrote the state without the command's outbox, history and keyed answer.");
            }

            // What the write changed, for the metrics (the state before, the state now durable).
            written?.Invoke(committed, _draft);
            return result;
        }
        finally
        {
            _draft = null;
        }
    }

    /// <summary>The outbox step: a failure is logged, the command stays acknowledged, and the grain delivers again later.</summary>
    public async Task Deliver(Func<Task>? deliver)
    {
        try
        {
            await Probe(CommandStep.Outbox);
            if (deliver is not null)
            {
                await deliver();
            }
        }
        catch (Exception e)
        {
            // The command is durable and what it must tell stays in its outbox, delivered at the next command or wake-up.
            services.Logger.LogWarning(e, "{Grain}: the outbox is kept for the next attempt", grain);
        }
    }

    private TAnswer Replay<TAnswer>(IdempotencyRecord first, string fingerprint, CommandRequest request)
    {
        if (first.Fingerprint != fingerprint)
        {
            throw new RuleViolationException(
                RuleIds.IdempotencyKeyReused,
                Sentence.Of("refusal.common.idempotency-key-reused", $"Idempotency-Key '{request.Key}' was already used for another request, not {request.Operation} with this body."));
        }

        var outcome = services.Serializer.Deserialize<IdempotentOutcome>(first.Answer)
            ?? throw new InvalidOperationException($"{grain}: the answer kept for idempotency key {request.Key} is empty.");
        if (outcome.Refusal is { } refusal)
        {
            throw refusal;
        }

        return (TAnswer)outcome.Answer!;
    }

    private IdempotencyRecord Record(CommandRequest request, string fingerprint, IdempotentOutcome outcome) =>
        new(grain.ToString(), request.Key!, fingerprint, services.Serializer.SerializeToArray(outcome), services.Clock.GetUtcNow());

    private async Task Remember(CommandRequest request, string? fingerprint, IdempotentOutcome outcome)
    {
        if (request.Key is not null)
        {
            await Save(Record(request, fingerprint!, outcome));
        }
    }

    private async Task Save(IdempotencyRecord record)
    {
        try
        {
            await services.Idempotency.Save(record);
        }
        catch (Exception e)
        {
            // The refusal or the command is acknowledged as it is; only a retry of it would run again.
            services.Logger.LogWarning(e, "{Grain}: the answer to idempotency key {Key} could not be kept", grain, record.Key);
        }
    }

    private ValueTask Probe(CommandStep step, TState? committed = null) => services.Probe.At(step, grain, committed ?? store.State);

    private static bool IsRefusal(Exception e) =>
        e is RuleViolationException or InvalidInputException or ForbiddenException or NotFoundException;

    private static string Fingerprint(CommandRequest request)
    {
        var body = JsonSerializer.Serialize(request.Body, request.Body?.GetType() ?? typeof(object), FingerprintJson);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Operation}\n{body}"));
        return Convert.ToHexString(hash);
    }
}
