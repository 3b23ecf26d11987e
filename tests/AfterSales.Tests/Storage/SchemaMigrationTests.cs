using System.IO.Compression;
using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.Storage;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;
using Microsoft.Data.Sqlite;

namespace AfterSales.Tests.Storage;

/// <summary>
/// The numbered schema migrations: a new database takes them all, once; a database made by the release before them
/// (Fixtures/aftersales-2026-12-07.db.gz: a demo year of 60 tickets seeded by that release's seed-demo) upgrades in
/// place, and the service started on it reads every ticket.
/// </summary>
public sealed class SchemaMigrationTests : IDisposable
{
    private readonly SiloData _data = new("migrations");

    [Fact]
    public void A_new_SQLite_database_takes_every_migration_in_order_once_and_records_them()
    {
        var connectionString = $"Data Source={Path.Combine(_data.Path, "new.db")}";

        var applied = SchemaMigrations.Upgrade(StorageProvider.Sqlite, connectionString);

        Assert.Equal(SchemaMigrations.All(StorageProvider.Sqlite), applied);
        Assert.Equal(["0001_baseline.sql", "0002_retire_orleans_storage_queries.sql"], applied.Take(2));
        Assert.Empty(SchemaMigrations.Upgrade(StorageProvider.Sqlite, connectionString));
        Assert.Equal(applied, Journal(connectionString));
        Assert.False(TableExists(connectionString, "OrleansQuery"));
        Assert.True(TableExists(connectionString, "AfterSalesGrainState"));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_database_of_the_release_before_the_migrations_upgrades_in_place_and_the_service_reads_every_ticket()
    {
        var file = Path.Combine(_data.Path, "aftersales.db");
        await using (var fixture = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "aftersales-2026-12-07.db.gz")), CompressionMode.Decompress))
        await using (var target = File.Create(file))
        {
            await fixture.CopyToAsync(target);
        }

        var connectionString = $"Data Source={file}";
        var stored = StoredTickets(connectionString);
        Assert.Equal(60, stored.Count);
        Assert.True(TableExists(connectionString, "OrleansQuery"));
        Assert.False(TableExists(connectionString, SchemaMigrations.JournalTable));
        SqliteConnection.ClearAllPools();

        // The service migrates the database as it starts, and answers every ticket as the release before wrote it.
        await using var silo = await SiloProcess.Start(_data.Settings());
        await silo.Explain(async () =>
        {
            using var manager = silo.Client(ProcessWorld.Token(Role.ServiceManager, "manager-wang"));
            var listed = await manager.GetAsync("/api/tickets?limit=200").Ok<List<TicketSummary>>();
            Assert.Equal(stored.Order(), listed.Select(t => t.Id).Order());
            foreach (var summary in listed)
            {
                var ticket = await manager.GetAsync($"/api/tickets/{summary.Id}").Ok<TicketView>();
                Assert.Equal(summary.Status, ticket.Status);
                Assert.Equal(summary.CustomerId, ticket.CustomerId);
                Assert.NotEmpty(ticket.History);
                // Taken in before intake asked whom to call back and where to go (R-TKT-1): nothing told, nothing made up.
                Assert.Equal(TicketContact.None, ticket.Contact);
            }

            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/reports/satisfaction")).StatusCode);
            return true;
        });

        Assert.Equal(SchemaMigrations.All(StorageProvider.Sqlite), Journal(connectionString));
        Assert.False(TableExists(connectionString, "OrleansQuery"));
    }

    public void Dispose() => _data.Dispose();

    private static IReadOnlyList<string> StoredTickets(string connectionString) =>
        Strings(connectionString, "SELECT substr(StateKey, length('ticket/ticket/') + 1) FROM AfterSalesGrainState WHERE StateKey LIKE 'ticket/%'");

    private static IReadOnlyList<string> Journal(string connectionString) =>
        [.. Strings(connectionString, $"SELECT ScriptName FROM {SchemaMigrations.JournalTable} ORDER BY SchemaVersionID")
            .Select(s => s["AfterSales.Persistence.Migrations.Sqlite.".Length..])];

    private static bool TableExists(string connectionString, string table) =>
        Strings(connectionString, $"SELECT name FROM sqlite_master WHERE type = 'table' AND name = '{table}'").Count == 1;

    private static List<string> Strings(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
