namespace AfterSales.Grains.Common;

/// <summary>The probe of production: does nothing.</summary>
public sealed class NoCommandProbe : ICommandProbe
{
    public void At(CommandStep step, GrainId grain, object state)
    {
    }
}
