namespace AfterSales.Grains.Common;

/// <summary>Acknowledged means durable: a command answers only after its state is written.</summary>
public static class GrainWrites
{
    /// <summary>
    /// Writes the state; when the write fails, the grain deactivates so that its next activation reloads
    /// the last durable state instead of keeping the unwritten change in memory.
    /// </summary>
    public static async Task WriteOrReload<T>(IPersistentState<T> state, Action deactivateOnIdle)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            deactivateOnIdle();
            throw;
        }
    }
}
