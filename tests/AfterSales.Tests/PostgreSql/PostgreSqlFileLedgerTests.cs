using AfterSales.Silo.Hosting;
using AfterSales.Persistence.Storage;
using AfterSales.Persistence.Storage.Files;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AfterSales.Tests.PostgreSql;

/// <summary>
/// The cluster's file store and upload ledger on PostgreSQL: an upload no command named is forgotten with its bytes
/// (every chunk) a day after its last upload; one uploaded again or named meanwhile is not.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgreSqlFileLedgerTests(PostgresServer postgres)
{
    [Fact]
    public async Task An_unnamed_upload_is_forgotten_bytes_and_all_unless_uploaded_again_or_named_since()
    {
        var connectionString = postgres.CreateDatabase();
        SchemaMigrations.Upgrade(StorageProvider.PostgreSql, connectionString);

        var database = SqlDatabase.PostgreSql(connectionString);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var ledger = new FileLedger(database, clock);
        var files = new PostgreSqlFileStore(database);
        var owner = new FileOwner(FileOwner.Ticket, "T-1");
        // More than one chunk of 1 MiB, so that every chunk has to go.
        var (refused, reuploaded, named) = (await Upload(ledger, files, owner, 3), await Upload(ledger, files, owner, 1), await Upload(ledger, files, owner, 2));
        await ledger.Named(named);

        clock.Advance(TimeSpan.FromHours(23));
        await ledger.Received(reuploaded, owner);
        clock.Advance(TimeSpan.FromHours(2));
        var before = clock.GetUtcNow() - TimeSpan.FromHours(24);
        Assert.Equal([refused], (await ledger.Unnamed(before, 100)).Select(u => u.Sha256));
        Assert.Equal([owner], Assert.Single(await ledger.Unnamed(before, 100)).Owners);

        Assert.True(await ledger.Forget(refused, before, files));
        Assert.False(await ledger.Forget(reuploaded, before, files));
        Assert.False(await ledger.Forget(named, before, files));
        Assert.Null(await files.Open(refused, CancellationToken.None));
        Assert.Equal(0L, await Count(connectionString, refused));
        Assert.NotNull(await files.Open(reuploaded, CancellationToken.None));
        Assert.NotNull(await files.Open(named, CancellationToken.None));
        Assert.Empty(await ledger.Unnamed(before, 100));
    }

    /// <summary>An upload of <paramref name="mebibytes"/> and a bit of bytes for <paramref name="owner"/>, told to the ledger first.</summary>
    private static async Task<string> Upload(FileLedger ledger, IFileStore files, FileOwner owner, int mebibytes)
    {
        var bytes = new byte[(mebibytes * PostgreSqlFileStore.ChunkBytes) + 17];
        Random.Shared.NextBytes(bytes);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, bytes);
            await ledger.Received(sha256, owner);
            await files.Put(sha256, path, CancellationToken.None);
            return sha256;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<long> Count(string connectionString, string sha256)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT COUNT(*) FROM AfterSalesFileChunk WHERE Sha256 = @Sha) + (SELECT COUNT(*) FROM AfterSalesUploadOwner WHERE Sha256 = @Sha)", connection);
        command.Parameters.AddWithValue("Sha", sha256);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
