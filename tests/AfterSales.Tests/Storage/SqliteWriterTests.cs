using AfterSales.Persistence.Storage;
using Microsoft.Data.Sqlite;

namespace AfterSales.Tests.Storage;

/// <summary>
/// The SQLite writer's group commit: writes that wait together share a transaction, each in a savepoint of its own.
/// One that fails is rolled back alone and its caller told; every other is answered only once it is committed.
/// </summary>
public sealed class SqliteWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aftersales-writer-").FullName;

    [Fact]
    public async Task Concurrent_writes_commit_together_and_a_failing_one_is_rolled_back_alone()
    {
        var connectionString = $"Data Source={Path.Combine(_directory, "w.db")}";
        var database = SqlDatabase.Sqlite(connectionString);
        await database.Write((c, t) => SqlDatabase.Execute(c, t, "CREATE TABLE Note (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL)"));

        var writes = Enumerable.Range(1, 200).Select(i => Task.Run(() => database.Write(async (c, t) =>
        {
            await SqlDatabase.Execute(c, t, "INSERT INTO Note (Id, Text) VALUES (@Id, @Text)", ("Id", i), ("Text", $"note {i}"));
            if (i % 7 == 0)
            {
                throw new InvalidOperationException($"write {i} refused");
            }

            // Answered only after the commit: another connection sees the row by then.
            return i;
        }))).ToList();

        foreach (var (write, i) in writes.Select((w, k) => (w, k + 1)))
        {
            if (i % 7 == 0)
            {
                Assert.Equal($"write {i} refused", (await Assert.ThrowsAsync<InvalidOperationException>(() => write)).Message);
                continue;
            }

            Assert.Equal(i, await write);
            Assert.Equal($"note {i}", await Read(connectionString, i));
        }

        Assert.Equal(Enumerable.Range(1, 200).Where(i => i % 7 != 0), await Ids(connectionString));
    }

    private static async Task<string?> Read(string connectionString, int id)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT Text FROM Note WHERE Id = @Id", connection);
        command.Parameters.AddWithValue("Id", id);
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task<List<int>> Ids(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT Id FROM Note ORDER BY Id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<int>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
