using System.Data.Common;
using AfterSales.Grains.Common;

namespace AfterSales.Persistence.Storage;

/// <summary>The idempotency records in table AfterSalesIdempotency, beside the grain state and outside it.</summary>
public sealed class SqlIdempotencyStore(SqlDatabase database) : IIdempotencyStore
{
    public async Task<IdempotencyRecord?> Find(string scope, string key)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null,
            "SELECT Fingerprint, Answer, CreatedOn FROM AfterSalesIdempotency WHERE Scope = @Scope AND IdempotencyKey = @Key",
            ("Scope", scope), ("Key", key));
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        return new IdempotencyRecord(
            scope, key, reader.GetString(0), (byte[])reader.GetValue(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)));
    }

    public Task Save(IdempotencyRecord record) => database.Write((connection, transaction) => Insert(connection, transaction, record));

    /// <summary>Keeps the record in the transaction given (the grain storage's, with the state it comes from).</summary>
    public static Task<int> Insert(DbConnection connection, DbTransaction transaction, IdempotencyRecord record) => SqlDatabase.Execute(connection, transaction,
        """
        INSERT INTO AfterSalesIdempotency (Scope, IdempotencyKey, Fingerprint, Answer, CreatedOn)
        VALUES (@Scope, @Key, @Fingerprint, @Answer, @CreatedOn)
        ON CONFLICT (Scope, IdempotencyKey) DO UPDATE
           SET Fingerprint = excluded.Fingerprint, Answer = excluded.Answer, CreatedOn = excluded.CreatedOn
        """,
        ("Scope", record.Scope), ("Key", record.Key), ("Fingerprint", record.Fingerprint), ("Answer", record.Answer),
        ("CreatedOn", record.At.ToUnixTimeMilliseconds()));

    public Task<int> Expire(DateTimeOffset before) => database.Write((connection, transaction) => SqlDatabase.Execute(connection, transaction,
        "DELETE FROM AfterSalesIdempotency WHERE CreatedOn < @Before", ("Before", before.ToUnixTimeMilliseconds())));
}
