namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>Where a ticket's summary is listed: a stable partition of its id.</summary>
public static class TicketDirectory
{
    public const int Partitions = 16;

    public static long PartitionOf(string ticketId)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        uint hash = 2166136261;
        foreach (var c in ticketId)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash % Partitions;
    }

    /// <summary>Asks every partition (of the directory, or of the alert inbox) and joins their answers.</summary>
    public static async Task<List<T>> AskAll<TGrain, T>(IGrainFactory grains, Func<TGrain, Task<IReadOnlyList<T>>> ask)
        where TGrain : IGrainWithIntegerKey
    {
        var partitions = await Task.WhenAll(Enumerable.Range(0, Partitions).Select(p => ask(grains.GetGrain<TGrain>(p))));
        return [.. partitions.SelectMany(p => p)];
    }
}
