using System.Data.Common;
using System.Runtime.CompilerServices;
using Npgsql;

namespace AfterSales.Persistence.Storage.Files;

/// <summary>
/// Files in PostgreSQL, shared by every silo of the cluster: AfterSalesFile (one row per file) and AfterSalesFileChunk
/// (its bytes in chunks of 1 MiB), written in one transaction; read back a chunk at a time.
/// </summary>
public sealed class PostgreSqlFileStore(SqlDatabase database) : IFileStore
{
    public const int ChunkBytes = 1024 * 1024;

    public async Task Put(string sha256, string path, CancellationToken cancel)
    {
        await database.Write(async (connection, transaction) =>
        {
            var bytes = new FileInfo(path).Length;
            var added = await SqlDatabase.Execute(connection, transaction,
                "INSERT INTO AfterSalesFile (Sha256, Bytes, CreatedOn) VALUES (@Sha, @Bytes, @Now) ON CONFLICT (Sha256) DO NOTHING",
                ("Sha", sha256), ("Bytes", bytes), ("Now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            if (added == 0)
            {
                return true;
            }

            await using var source = File.OpenRead(path);
            var buffer = new byte[ChunkBytes];
            for (var chunk = 0; ; chunk++)
            {
                var read = await source.ReadAtLeastAsync(buffer, ChunkBytes, throwOnEndOfStream: false, cancel);
                if (read == 0)
                {
                    break;
                }

                await SqlDatabase.Execute(connection, transaction,
                    "INSERT INTO AfterSalesFileChunk (Sha256, Chunk, Data) VALUES (@Sha, @Chunk, @Data)",
                    ("Sha", sha256), ("Chunk", chunk), ("Data", buffer.AsMemory(0, read).ToArray()));
            }

            return true;
        });
    }

    public async Task<Stream?> Open(string sha256, CancellationToken cancel)
    {
        await using var connection = (NpgsqlConnection)await database.Open();
        await using var command = new NpgsqlCommand("SELECT Data FROM AfterSalesFileChunk WHERE Sha256 = @Sha ORDER BY Chunk", connection);
        command.Parameters.AddWithValue("Sha", sha256);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        // A file is at most 20 MiB: read into memory, so the connection goes back to the pool at once.
        var file = new MemoryStream();
        var any = false;
        while (await reader.ReadAsync(cancel))
        {
            any = true;
            var chunk = (byte[])reader.GetValue(0);
            await file.WriteAsync(chunk, cancel);
        }

        file.Position = 0;
        return any ? file : null;
    }

    public async Task Delete(string sha256, DbConnection connection, DbTransaction transaction)
    {
        await SqlDatabase.Execute(connection, transaction, "DELETE FROM AfterSalesFileChunk WHERE Sha256 = @Sha", ("Sha", sha256));
        await SqlDatabase.Execute(connection, transaction, "DELETE FROM AfterSalesFile WHERE Sha256 = @Sha", ("Sha", sha256));
    }

    public async IAsyncEnumerable<string> All([EnumeratorCancellation] CancellationToken cancel)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null, "SELECT Sha256 FROM AfterSalesFile");
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            yield return reader.GetString(0);
        }
    }
}
