namespace AfterSales.Grains.Common;

/// <summary>
/// The answer of a keyed command on its way to the storage with the command's write: a storage that writes it in the
/// same transaction as the state marks it <see cref="Written"/>; otherwise the pipeline keeps it right after the write.
/// </summary>
public sealed class IdempotencyWrite(IdempotencyRecord record)
{
    private static readonly AsyncLocal<IdempotencyWrite?> Pending = new();

    public IdempotencyRecord Record => record;

    public bool Written { get; set; }

    /// <summary>The answer travelling with the grain-state write in progress on this flow, if any.</summary>
    public static IdempotencyWrite? Current => Pending.Value;

    public static IDisposable Begin(IdempotencyWrite write)
    {
        Pending.Value = write;
        return new End();
    }

    private sealed class End : IDisposable
    {
        public void Dispose() => Pending.Value = null;
    }
}
