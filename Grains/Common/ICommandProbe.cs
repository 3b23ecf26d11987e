namespace AfterSales.Grains.Common;

/// <summary>
/// Called by the <see cref="CommandPipeline{TState}"/> at each step with the activation's state (never the draft).
/// Production has none that acts (<see cref="NoCommandProbe"/>); a test injects a failure at a step here.
/// </summary>
public interface ICommandProbe
{
    ValueTask At(CommandStep step, GrainId grain, object state);
}
