using AfterSales.GrainInterfaces.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Grains.Common;

public static class CommandPipelines
{
    /// <summary>The pipeline of a grain over its persistent state.</summary>
    /// <param name="outbox">What each write tells the read models, computed from the new state.</param>
    public static CommandPipeline<TState> For<TState>(
        Grain grain, IPersistentState<TState> state, Action deactivateOnIdle, Func<TState, IReadOnlyList<OutboxMessage>>? outbox = null)
        where TState : class =>
        new(state, grain.GetGrainId(), deactivateOnIdle, grain.GrainContext.ActivationServices.GetRequiredService<CommandServices>(), outbox);

    /// <summary>The request of a command, for its idempotency.</summary>
    public static CommandRequest Request<T>(this Command<T> command, string operation) =>
        new(command.CallerKey, operation, command.Body);
}
