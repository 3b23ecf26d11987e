using AfterSales.GrainInterfaces.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Grains.Common;

public static class CommandPipelines
{
    /// <summary>The pipeline of a grain over its persistent state.</summary>
    /// <param name="outbox">What each write tells the read models, computed from the new state.</param>
    /// <param name="written">Told the state before and after each durable write (the grain's metrics).</param>
    /// <param name="access">How the grain's commands are put to the access policy; null for a grain that takes none from callers.</param>
    public static CommandPipeline<TState> For<TState>(
        Grain grain,
        IPersistentState<TState> state,
        Action deactivateOnIdle,
        CommandAccess<TState>? access,
        Func<TState, IReadOnlyList<OutboxMessage>>? outbox = null,
        Action<TState, TState>? written = null)
        where TState : class =>
        new(state, grain.GetGrainId(), deactivateOnIdle, grain.GrainContext.ActivationServices.GetRequiredService<CommandServices>(), access, outbox, written);

    /// <summary>The request of a command, for the access policy and its idempotency.</summary>
    public static CommandRequest Request<T>(this Command<T> command, CommandOperation operation) =>
        new(command.By, command.CallerKey, operation, command.Body);
}
