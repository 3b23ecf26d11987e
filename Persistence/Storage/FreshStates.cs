using System.Collections.Concurrent;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// Grains whose state cannot exist yet: a ticket whose id this silo has just drawn at random for an intake without an
/// idempotency key. Its activation here reads nothing (a round trip to the database saved on every such intake). Were
/// the id taken after all, its first write would find the row and be refused (an insert never overwrites), as a read
/// would have refused the intake. An id activated on another silo is read there as usual, and forgotten here after a
/// minute.
/// </summary>
public sealed class FreshStates
{
    private const int PurgeAbove = 4096;

    private static readonly long Forgotten = (long)TimeSpan.FromMinutes(1).TotalMilliseconds;

    private readonly ConcurrentDictionary<GrainId, long> _fresh = new();

    public void Add(GrainId grain)
    {
        if (_fresh.Count > PurgeAbove)
        {
            var before = Environment.TickCount64 - Forgotten;
            foreach (var (id, added) in _fresh)
            {
                if (added < before)
                {
                    _fresh.TryRemove(id, out _);
                }
            }
        }

        _fresh[grain] = Environment.TickCount64;
    }

    /// <summary>Whether <paramref name="grain"/> was fresh: answered once, by its first activation's read.</summary>
    public bool Take(GrainId grain) => !_fresh.IsEmpty && _fresh.TryRemove(grain, out _);
}
