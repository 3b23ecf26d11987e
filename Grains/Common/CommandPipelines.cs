using AfterSales.GrainInterfaces.Common;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Grains.Common;

public static class CommandPipelines
{
    /// <summary>The pipeline of a grain over its persistent state.</summary>
    public static CommandPipeline<TState> For<TState>(Grain grain, IPersistentState<TState> state, Action deactivateOnIdle)
        where TState : class =>
        new(state, grain.GetGrainId(), deactivateOnIdle, grain.GrainContext.ActivationServices.GetRequiredService<CommandServices>());

    /// <summary>The request of a command, for its idempotency.</summary>
    public static CommandRequest Request<T>(this Command<T> command, string operation) =>
        new(command.CallerKey, operation, command.Body);
}
