using System.Collections.Concurrent;
using System.Text.Json;
using AfterSales.Grains.Common;

namespace AfterSales.Tests.Pipeline;

/// <summary>
/// The command probe of <see cref="PipelineCluster"/>: keeps the activation's state of each grain, as JSON (the form
/// the grain storage writes: by value, where Orleans' binary form also records which objects are shared), as the
/// pipeline passes its first step, and throws once at the step a test arms for a grain.
/// </summary>
public sealed class FaultProbe : ICommandProbe
{
    private static readonly ConcurrentDictionary<GrainId, CommandStep> Armed = new();
    private static readonly ConcurrentDictionary<GrainId, byte[]> Seen = new();

    public static void Arm(GrainId grain, CommandStep step) => Armed[grain] = step;

    public static byte[] StateSeen(GrainId grain) => Seen[grain];

    public ValueTask At(CommandStep step, GrainId grain, object state)
    {
        if (step == CommandStep.Idempotency)
        {
            Seen[grain] = JsonSerializer.SerializeToUtf8Bytes(state, state.GetType());
        }

        if (Armed.TryGetValue(grain, out var armed) && armed == step && Armed.TryRemove(grain, out _))
        {
            throw new InvalidOperationException($"Injected fault at {step}.");
        }

        return ValueTask.CompletedTask;
    }
}
