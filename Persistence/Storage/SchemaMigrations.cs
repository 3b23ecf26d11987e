using System.Data.Common;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// The schema as numbered migrations (<c>Migrations/&lt;provider&gt;/NNNN_what.sql</c>, embedded in this assembly), applied
/// at start-up in the order of their numbers by DbUp, each in a transaction of its own, and recorded in
/// <see cref="JournalTable"/>: a database of any earlier release upgrades in place, and a migration runs once.
/// Migration 0001 is the schema of the release before the journal existed, idempotent, so a database of that release
/// takes it without change.
/// </summary>
public static class SchemaMigrations
{
    /// <summary>The table of applied migrations (DbUp's journal: script name and when it was applied).</summary>
    public const string JournalTable = "AfterSalesSchemaVersion";

    // PostgreSQL: the silos of a cluster that start together migrate one after the other (key = 'Orleans' in ASCII).
    private const long PostgreSqlLock = 22362333043060339;

    /// <summary>The migrations of a provider, in the order they are applied.</summary>
    public static IReadOnlyList<string> All(StorageProvider provider) =>
        [.. typeof(SchemaMigrations).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix(provider), StringComparison.Ordinal))
            .Select(n => n[Prefix(provider).Length..]).Order(StringComparer.Ordinal)];

    /// <summary>Applies the migrations the database has not had yet; answers their names.</summary>
    public static IReadOnlyList<string> Upgrade(StorageProvider provider, string connectionString)
    {
        if (provider == StorageProvider.Sqlite)
        {
            // WAL lets readers run beside the one writer; SQLite switches it only outside a transaction, and keeps it.
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL;");
            return Run(DeployChanges.To.SqliteDatabase(connectionString).JournalToSqliteTable(JournalTable), provider);
        }

        using var locked = new NpgsqlConnection(connectionString);
        locked.Open();
        Execute(locked, $"SELECT pg_advisory_lock({PostgreSqlLock})");
        try
        {
            return Run(DeployChanges.To.PostgresqlDatabase(connectionString).JournalToPostgresqlTable(null!, JournalTable), provider);
        }
        finally
        {
            Execute(locked, $"SELECT pg_advisory_unlock({PostgreSqlLock})");
        }
    }

    private static IReadOnlyList<string> Run(UpgradeEngineBuilder builder, StorageProvider provider)
    {
        var result = builder
            .WithScriptsEmbeddedInAssembly(typeof(SchemaMigrations).Assembly, name => name.StartsWith(Prefix(provider), StringComparison.Ordinal))
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"The schema migration {Name(result.ErrorScript?.Name, provider)} failed; the database keeps the migrations before it: {result.Error?.Message}", result.Error);
        }

        return [.. result.Scripts.Select(s => Name(s.Name, provider))];
    }

    private static string Prefix(StorageProvider provider) => $"{typeof(SchemaMigrations).Assembly.GetName().Name}.Migrations.{provider}.";

    private static string Name(string? script, StorageProvider provider) =>
        script is null ? "?" : script.StartsWith(Prefix(provider), StringComparison.Ordinal) ? script[Prefix(provider).Length..] : script;

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
