using AfterSales.Grains.CodeOfConduct;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;

namespace AfterSales.Grains.Common;

/// <summary>What every <see cref="CommandPipeline{TState}"/> of the silo shares.</summary>
public sealed class CommandServices(
    DeepCopier copier,
    Serializer serializer,
    IIdempotencyStore idempotency,
    ICommandProbe probe,
    CommandWrites writes,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    ILogger<CommandServices> logger)
{
    public Serializer Serializer => serializer;

    public IIdempotencyStore Idempotency => idempotency;

    public ICommandProbe Probe => probe;

    /// <summary>The hand-off of what a command writes besides its state to the grain storage.</summary>
    public CommandWrites Writes => writes;

    public TimeProvider Clock => clock;

    public ILogger Logger => logger;

    public T Copy<T>(T state) where T : class => copier.Copy(state)!;
}
