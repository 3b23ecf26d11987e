using Microsoft.Data.Sqlite;
using Npgsql;

namespace AfterSales.Bench;

/// <summary>
/// The baseline: versioned UPDATEs of a row of the same size as a ticket's state row, with the same number in flight,
/// straight to the database (each in-flight writer owns its rows, as a grain owns its state).
/// </summary>
public static class RawWrites
{
    private const int RowsPerWriter = 16;

    public static async Task<Load.Result> PostgreSql(string connectionString, int inFlight, int payloadBytes, TimeSpan duration)
    {
        await using var source = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true, MaxPoolSize = 200 }.ConnectionString).Build();
        await using (var setup = source.CreateCommand("DROP TABLE IF EXISTS bench_raw; CREATE TABLE bench_raw (id integer PRIMARY KEY, version bigint NOT NULL, payload bytea NOT NULL)"))
        {
            await setup.ExecuteNonQueryAsync();
        }

        var payload = new byte[payloadBytes];
        Random.Shared.NextBytes(payload);
        var rows = inFlight * RowsPerWriter;
        await using (var insert = source.CreateCommand("INSERT INTO bench_raw SELECT g, 0, @p FROM generate_series(0, @n - 1) g"))
        {
            insert.Parameters.AddWithValue("p", payload);
            insert.Parameters.AddWithValue("n", rows);
            await insert.ExecuteNonQueryAsync();
        }

        var versions = new long[rows];
        var next = new int[inFlight];
        return await Load.Run(inFlight, duration, async worker =>
        {
            var id = worker * RowsPerWriter + (next[worker]++ % RowsPerWriter);
            await using var update = source.CreateCommand("UPDATE bench_raw SET payload = @p, version = version + 1 WHERE id = @id AND version = @v");
            update.Parameters.AddWithValue("p", payload);
            update.Parameters.AddWithValue("id", id);
            update.Parameters.AddWithValue("v", versions[id]);
            var ok = await update.ExecuteNonQueryAsync() == 1;
            versions[id]++;
            return ok;
        });
    }

    /// <summary>On SQLite one writer at a time, as the service writes (a busy SQLite makes writers sleep 150 ms).</summary>
    public static async Task<Load.Result> Sqlite(string file, int inFlight, int payloadBytes, TimeSpan duration)
    {
        var connectionString = $"Data Source={file};Default Timeout=30";
        await using (var setup = new SqliteConnection(connectionString))
        {
            setup.Open();
            using var create = setup.CreateCommand();
            create.CommandText = "PRAGMA journal_mode = WAL; DROP TABLE IF EXISTS bench_raw; CREATE TABLE bench_raw (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, payload BLOB NOT NULL)";
            create.ExecuteNonQuery();
            using var insert = setup.CreateCommand();
            insert.CommandText = "WITH RECURSIVE g(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM g WHERE i < @n - 1) INSERT INTO bench_raw SELECT i, 0, randomblob(@size) FROM g";
            insert.Parameters.AddWithValue("@n", inFlight * RowsPerWriter);
            insert.Parameters.AddWithValue("@size", payloadBytes);
            insert.ExecuteNonQuery();
        }

        var payload = new byte[payloadBytes];
        Random.Shared.NextBytes(payload);
        var versions = new long[inFlight * RowsPerWriter];
        var next = new int[inFlight];
        var writer = new SemaphoreSlim(1, 1);
        return await Load.Run(inFlight, duration, async worker =>
        {
            var id = worker * RowsPerWriter + (next[worker]++ % RowsPerWriter);
            await writer.WaitAsync();
            try
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var update = connection.CreateCommand();
                update.CommandText = "UPDATE bench_raw SET payload = @p, version = version + 1 WHERE id = @id AND version = @v";
                update.Parameters.AddWithValue("@p", payload);
                update.Parameters.AddWithValue("@id", id);
                update.Parameters.AddWithValue("@v", versions[id]);
                var ok = await update.ExecuteNonQueryAsync() == 1;
                versions[id]++;
                return ok;
            }
            finally
            {
                writer.Release();
            }
        });
    }
}
