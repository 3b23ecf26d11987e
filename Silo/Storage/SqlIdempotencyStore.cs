using System.Data.Common;
using AfterSales.Grains.Common;
using AfterSales.Silo.Hosting;

namespace AfterSales.Silo.Storage;

/// <summary>
/// The idempotency records in table AfterSalesIdempotency of the service's database (SQLite or PostgreSQL: the same
/// SQL), beside the grain state and outside it. On SQLite, writes wait for the process's one writer.
/// </summary>
public sealed class SqlIdempotencyStore(DbProviderFactory factory, string connectionString, SqliteWriter? sqliteWriter) : IIdempotencyStore
{
    public async Task<IdempotencyRecord?> Find(string scope, string key)
    {
        await using var connection = await Open();
        await using var command = Command(connection,
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

    public Task Save(IdempotencyRecord record) => Write(async connection =>
    {
        await using var command = Command(connection,
            """
            INSERT INTO AfterSalesIdempotency (Scope, IdempotencyKey, Fingerprint, Answer, CreatedOn, BeforeWrite, WrittenOver)
            VALUES (@Scope, @Key, @Fingerprint, @Answer, @CreatedOn, @BeforeWrite, @WrittenOver)
            ON CONFLICT (Scope, IdempotencyKey) DO UPDATE
               SET Fingerprint = excluded.Fingerprint, Answer = excluded.Answer, CreatedOn = excluded.CreatedOn,
                   BeforeWrite = excluded.BeforeWrite, WrittenOver = excluded.WrittenOver
            """,
            ("Scope", record.Scope), ("Key", record.Key), ("Fingerprint", record.Fingerprint), ("Answer", record.Answer),
            ("CreatedOn", record.At.ToUnixTimeMilliseconds()), ("BeforeWrite", record.BeforeWrite ? 1 : 0),
            ("WrittenOver", (object?)record.WrittenOver ?? DBNull.Value));
        return await command.ExecuteNonQueryAsync();
    });

    public Task<int> Expire(DateTimeOffset before) => Write(async connection =>
    {
        await using var command = Command(connection,
            "DELETE FROM AfterSalesIdempotency WHERE CreatedOn < @Before", ("Before", before.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync();
    });

    private async Task<int> Write(Func<DbConnection, Task<int>> write)
    {
        async Task<int> Run()
        {
            await using var connection = await Open();
            return await write(connection);
        }

        return sqliteWriter is null ? await Run() : await sqliteWriter.OneAtATime(Run);
    }

    private async Task<DbConnection> Open()
    {
        var connection = factory.CreateConnection()!;
        connection.ConnectionString = connectionString;
        await connection.OpenAsync();
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return command;
    }
}
