using AfterSales.Persistence.Storage;
using Npgsql;

namespace AfterSales.Tests.PostgreSql;

/// <summary>
/// The numbered migrations on PostgreSQL: a database whose schema the release before them made (its idempotent
/// schema script, kept as Fixtures/postgresql-schema-2026-12-07.sql) upgrades in place and keeps its rows; the
/// Orleans storage and reminder queries go, the clustering's stay; silos starting together migrate once.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgreSqlMigrationTests(PostgresServer postgres)
{
    private static readonly string[] Clustering = ["GatewaysQueryKey", "InsertMembershipKey", "MembershipReadAllKey", "UpdateIAmAlivetimeKey"];

    [Fact]
    public async Task A_database_of_the_release_before_upgrades_in_place_keeping_its_rows_and_its_clustering_queries()
    {
        var connectionString = postgres.CreateDatabase();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await Execute(connection, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "postgresql-schema-2026-12-07.sql")));
            await Execute(connection, "INSERT INTO AfterSalesGrainState (StateKey, ETag, Payload, ModifiedOn) VALUES ('ticket/ticket/T-1', 3, '\\x01'::bytea, 1)");
            Assert.Contains("WriteToStorageKey", await QueryKeys(connection));
        }

        var applied = SchemaMigrations.Upgrade(StorageProvider.PostgreSql, connectionString);

        Assert.Equal(SchemaMigrations.All(StorageProvider.PostgreSql), applied);
        Assert.Empty(SchemaMigrations.Upgrade(StorageProvider.PostgreSql, connectionString));
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            var keys = await QueryKeys(connection);
            Assert.All(Clustering, key => Assert.Contains(key, keys));
            Assert.DoesNotContain(keys, k => k.EndsWith("StorageKey", StringComparison.Ordinal) || k.Contains("Reminder", StringComparison.Ordinal));
            await using var etag = new NpgsqlCommand("SELECT ETag FROM AfterSalesGrainState WHERE StateKey = 'ticket/ticket/T-1'", connection);
            Assert.Equal(3L, Convert.ToInt64(await etag.ExecuteScalarAsync()));
        }
    }

    [Fact]
    public async Task Silos_that_start_together_on_a_new_database_apply_each_migration_once()
    {
        var connectionString = postgres.CreateDatabase();

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => SchemaMigrations.Upgrade(StorageProvider.PostgreSql, connectionString))));

        Assert.Equal(SchemaMigrations.All(StorageProvider.PostgreSql), runs.SelectMany(r => r).Order(StringComparer.Ordinal));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var journal = new NpgsqlCommand($"SELECT count(*) FROM \"{SchemaMigrations.JournalTable}\"", connection);
        Assert.Equal(SchemaMigrations.All(StorageProvider.PostgreSql).Count, Convert.ToInt32(await journal.ExecuteScalarAsync()));
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> QueryKeys(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
