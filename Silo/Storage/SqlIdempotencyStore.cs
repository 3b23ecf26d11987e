using AfterSales.Grains.Common;

namespace AfterSales.Silo.Storage;

/// <summary>The idempotency records in table AfterSalesIdempotency, beside the grain state and outside it.</summary>
public sealed class SqlIdempotencyStore(SqlDatabase database) : IIdempotencyStore
{
    public async Task<IdempotencyRecord?> Find(string scope, string key)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null,
            "SELECT Fingerprint, Answer, CreatedOn, BeforeWrite, WrittenOver FROM AfterSalesIdempotency WHERE Scope = @Scope AND IdempotencyKey = @Key",
            ("Scope", scope), ("Key", key));
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        return new IdempotencyRecord(
            scope, key, reader.GetString(0), (byte[])reader.GetValue(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
            reader.GetInt32(3) != 0, reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    public Task Save(IdempotencyRecord record) => database.Write((connection, transaction) => SqlDatabase.Execute(connection, transaction,
        """
        INSERT INTO AfterSalesIdempotency (Scope, IdempotencyKey, Fingerprint, Answer, CreatedOn, BeforeWrite, WrittenOver)
        VALUES (@Scope, @Key, @Fingerprint, @Answer, @CreatedOn, @BeforeWrite, @WrittenOver)
        ON CONFLICT (Scope, IdempotencyKey) DO UPDATE
           SET Fingerprint = excluded.Fingerprint, Answer = excluded.Answer, CreatedOn = excluded.CreatedOn,
               BeforeWrite = excluded.BeforeWrite, WrittenOver = excluded.WrittenOver
        """,
        ("Scope", record.Scope), ("Key", record.Key), ("Fingerprint", record.Fingerprint), ("Answer", record.Answer),
        ("CreatedOn", record.At.ToUnixTimeMilliseconds()), ("BeforeWrite", record.BeforeWrite ? 1 : 0), ("WrittenOver", record.WrittenOver)));

    public Task<int> Expire(DateTimeOffset before) => database.Write((connection, transaction) => SqlDatabase.Execute(connection, transaction,
        "DELETE FROM AfterSalesIdempotency WHERE CreatedOn < @Before", ("Before", before.ToUnixTimeMilliseconds())));
}
