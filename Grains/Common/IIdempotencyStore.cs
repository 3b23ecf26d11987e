namespace AfterSales.Grains.Common;

/// <summary>
/// The first answers to requests with an idempotency key, outside the grains' own state, so that they neither
/// grow it nor are lost with it (docs/api.md "Lists, idempotency, limits"); records older than the time to live go.
/// </summary>
public interface IIdempotencyStore
{
    Task<IdempotencyRecord?> Find(string scope, string key);

    /// <summary>Keeps the record; a record for the same scope and key is replaced.</summary>
    Task Save(IdempotencyRecord record);

    /// <summary>Removes what was kept before <paramref name="before"/>; answers how many records went.</summary>
    Task<int> Expire(DateTimeOffset before);
}
