using System.Collections.Concurrent;

namespace AfterSales.Grains.Common;

/// <summary>The idempotency store of a test cluster: in the memory of the process, like its grain storage.</summary>
public sealed class MemoryIdempotencyStore : IIdempotencyStore
{
    private readonly ConcurrentDictionary<(string, string), IdempotencyRecord> _records = new();

    public Task<IdempotencyRecord?> Find(string scope, string key) =>
        Task.FromResult(_records.TryGetValue((scope, key), out var r) ? r : null);

    public Task Save(IdempotencyRecord record)
    {
        _records[(record.Scope, record.Key)] = record;
        return Task.CompletedTask;
    }

    public Task<int> Expire(DateTimeOffset before)
    {
        var old = _records.Where(r => r.Value.At < before).Select(r => r.Key).ToList();
        return Task.FromResult(old.Count(k => _records.TryRemove(k, out _)));
    }
}
