using System.Data.Common;
using AfterSales.Grains.Common;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// A grain-state write on PostgreSQL as one statement, so one round trip and no BEGIN/COMMIT: the state row (updated
/// at its ETag, or inserted when new) and, only if that row was written, its outbox messages, its new journal entries
/// and the idempotency record of the command, as data-modifying CTEs of one statement, which is atomic on its own.
/// Answers whether the state row was written (false: another activation wrote it first).
/// </summary>
public static class PostgreSqlStateWrite
{
    private const string Update =
        "UPDATE AfterSalesGrainState SET ETag = ETag + 1, Payload = @Payload, ModifiedOn = @Now WHERE StateKey = @Key AND ETag = @ETag RETURNING StateKey";

    private const string Insert =
        "INSERT INTO AfterSalesGrainState (StateKey, ETag, Payload, ModifiedOn) VALUES (@Key, 1, @Payload, @Now) ON CONFLICT (StateKey) DO NOTHING RETURNING StateKey";

    private const string Rest =
        """
        ), outbox AS (
            INSERT INTO AfterSalesOutbox (Kind, OwnerKey, Version, Payload, CreatedOn)
            SELECT m.Kind, m.OwnerKey, m.Version, m.Payload, @Now
              FROM s, unnest(@Kinds, @Owners, @Versions, @Payloads) WITH ORDINALITY AS m(Kind, OwnerKey, Version, Payload, N)
             ORDER BY m.N
        ), journal AS (
            INSERT INTO AfterSalesJournal (StateKey, Seq, Entry)
            SELECT s.StateKey, e.Seq, e.Entry FROM s, unnest(@Seqs, @Entries) AS e(Seq, Entry)
            ON CONFLICT (StateKey, Seq) DO NOTHING
        """;

    private const string Answer =
        """
        ), answer AS (
            INSERT INTO AfterSalesIdempotency (Scope, IdempotencyKey, Fingerprint, Answer, CreatedOn)
            SELECT @Scope, @IdempotencyKey, @Fingerprint, @Answer, @CreatedOn FROM s
            ON CONFLICT (Scope, IdempotencyKey) DO UPDATE
               SET Fingerprint = excluded.Fingerprint, Answer = excluded.Answer, CreatedOn = excluded.CreatedOn
        """;

    private const string Count = ") SELECT count(*) FROM s";

    // Four texts in all, each prepared once per connection (Max Auto Prepare).
    private static readonly string[] Statements =
    [
        $"WITH s AS ({Insert}{Rest}{Count}", $"WITH s AS ({Update}{Rest}{Count}",
        $"WITH s AS ({Insert}{Rest}{Answer}{Count}", $"WITH s AS ({Update}{Rest}{Answer}{Count}",
    ];

    public static async Task<bool> Run(
        DbConnection connection, string key, long? etag, byte[] payload, long now, IReadOnlyList<OutboxMessage> outbox,
        int firstSeq, IReadOnlyList<string> entries, IdempotencyRecord? answer)
    {
        var sql = Statements[(etag is null ? 0 : 1) + (answer is null ? 0 : 2)];
        var parameters = new List<(string, object?)>
        {
            ("Key", key), ("Payload", payload), ("Now", now),
            ("Kinds", outbox.Select(m => m.Kind).ToArray()), ("Owners", outbox.Select(m => m.Key).ToArray()),
            ("Versions", outbox.Select(m => m.Version).ToArray()), ("Payloads", outbox.Select(m => m.Payload).ToArray()),
            ("Seqs", Enumerable.Range(firstSeq, entries.Count).ToArray()), ("Entries", entries.ToArray()),
        };
        if (etag is { } e)
        {
            parameters.Add(("ETag", e));
        }

        if (answer is not null)
        {
            parameters.AddRange([
                ("Scope", answer.Scope), ("IdempotencyKey", answer.Key), ("Fingerprint", answer.Fingerprint), ("Answer", answer.Answer),
                ("CreatedOn", answer.At.ToUnixTimeMilliseconds())]);
        }

        await using var command = SqlDatabase.Command(connection, null, sql, [.. parameters]);
        return Convert.ToInt64(await command.ExecuteScalarAsync()) == 1;
    }
}
