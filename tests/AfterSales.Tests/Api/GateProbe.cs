using System.Collections.Concurrent;
using AfterSales.Grains.Common;

namespace AfterSales.Tests.Api;

/// <summary>The command probe of the API tests: holds one command of a grain at its rule until the test releases it.</summary>
public sealed class GateProbe : ICommandProbe
{
    private static readonly ConcurrentDictionary<GrainId, (TaskCompletionSource Reached, TaskCompletionSource Released)> Gates = new();

    /// <summary>The next command of <paramref name="grain"/> stops at its rule: a task that completes when it got there, and its release.</summary>
    public static (Task Reached, Action Release) Hold(GrainId grain)
    {
        var gate = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Gates[grain] = gate;
        return (gate.Item1.Task, () => gate.Item2.TrySetResult());
    }

    public async ValueTask At(CommandStep step, GrainId grain, object state)
    {
        if (step == CommandStep.Rule && Gates.TryRemove(grain, out var gate))
        {
            gate.Reached.TrySetResult();
            await gate.Released.Task;
        }
    }
}
