namespace AfterSales.Grains.Common;

/// <summary>The probe of production: does nothing.</summary>
public sealed class NoCommandProbe : ICommandProbe
{
    public ValueTask At(CommandStep step, GrainId grain, object state) => ValueTask.CompletedTask;
}
