using AfterSales.Silo.Hosting;
using AfterSales.Persistence.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace AfterSales.Tests.Cluster;

/// <summary>
/// The storage of a test cluster: the service's own (grain state with its outbox, idempotency, read models) on a
/// SQLite file of its own, in a temporary folder, shared by the cluster's silos.
/// </summary>
public static class TestStorage
{
    private const string Key = "AfterSales:TestDatabase";

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Folders = [];

    static TestStorage() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in Folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Still held: the system's temporary folder is cleaned in time.
            }
        }
    };

    /// <summary>A cluster builder whose silos share a new database.</summary>
    public static TestClusterBuilder WithDatabase(this TestClusterBuilder builder)
    {
        builder.Properties[Key] = NewDatabase();
        return builder;
    }

    /// <summary>A new SQLite database with the service's schema (deleted when the test run ends): its connection string.</summary>
    public static string NewDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("aftersales-cluster-").FullName;
        Folders.Add(folder);
        var connectionString = $"Data Source={Path.Combine(folder, "aftersales.db")};Default Timeout=30";
        SchemaMigrations.Upgrade(StorageProvider.Sqlite, connectionString);
        return connectionString;
    }

    /// <summary>The database of the cluster this silo belongs to.</summary>
    public static SqlDatabase Database(ISiloBuilder silo) =>
        SqlDatabase.Sqlite(silo.Configuration[Key] ?? throw new InvalidOperationException("The test cluster was built without WithDatabase()."));

    /// <summary>A ticket as the storage holds it: its state row (ETag, payload as written) and how many journal entries it has.</summary>
    public static async Task<(long ETag, string Payload, int PayloadBytes, long JournalEntries)> StoredTicket(this TestCluster cluster, string ticketId)
    {
        var key = $"ticket/ticket/{ticketId}";
        await using var connection = await cluster.Service<SqlDatabase>().Open();
        await using var count = SqlDatabase.Command(connection, null, "SELECT count(*) FROM AfterSalesJournal WHERE StateKey = @Key", ("Key", key));
        var entries = Convert.ToInt64(await count.ExecuteScalarAsync());
        await using var row = SqlDatabase.Command(connection, null, "SELECT ETag, Payload FROM AfterSalesGrainState WHERE StateKey = @Key", ("Key", key));
        await using var reader = await row.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"{key} is not stored");
        var payload = (byte[])reader.GetValue(1);
        return (reader.GetInt64(0), System.Text.Encoding.UTF8.GetString(payload), payload.Length, entries);
    }

    /// <summary>A service of the cluster's first silo (in process).</summary>
    public static T Service<T>(this TestCluster cluster) where T : notnull =>
        ((InProcessSiloHandle)cluster.Primary!).SiloHost.Services.GetRequiredService<T>();
}
