using AfterSales.Grains.CodeOfConduct;

namespace AfterSales.Persistence.Storage.Files;

/// <summary>
/// What became of each upload (AfterSalesUpload, AfterSalesUploadOwner): when its bytes were last received, for whom,
/// and whether a command ever named them. A file that no command named is forgotten, bytes and all, a day after its
/// last upload (<see cref="UnnamedFileSweep"/>); a file once named is kept for good.
/// </summary>
public sealed class FileLedger(SqlDatabase database, [FromKeyedServices(RulesClock.Key)] TimeProvider clock)
{
    /// <summary>
    /// The bytes <paramref name="sha256"/> are being received for <paramref name="owner"/>: told before they are
    /// kept, so that a sweep forgetting the same bytes either ends before (and they are kept again) or leaves them.
    /// </summary>
    public Task Received(string sha256, FileOwner owner) => database.Write(async (c, t) =>
    {
        await SqlDatabase.Execute(c, t,
            """
            INSERT INTO AfterSalesUpload (Sha256, UploadedOn, Named) VALUES (@Sha, @Now, 0)
            ON CONFLICT (Sha256) DO UPDATE SET UploadedOn = excluded.UploadedOn
            """,
            ("Sha", sha256), ("Now", clock.GetUtcNow().ToUnixTimeMilliseconds()));
        return await SqlDatabase.Execute(c, t,
            "INSERT INTO AfterSalesUploadOwner (Sha256, OwnerKind, OwnerId) VALUES (@Sha, @Kind, @Id) ON CONFLICT DO NOTHING",
            ("Sha", sha256), ("Kind", owner.Kind), ("Id", owner.Id));
    });

    /// <summary>A command named the bytes <paramref name="sha256"/>: they are kept for good.</summary>
    public Task Named(string sha256) => Kept([sha256]);

    /// <summary>The bytes named by <paramref name="hashes"/> are kept for good, whether uploaded through the API or not (the demo's files, files kept before this ledger).</summary>
    public Task Kept(IReadOnlyCollection<string> hashes) => database.Write(async (c, t) =>
    {
        foreach (var chunk in hashes.Distinct(StringComparer.Ordinal).Chunk(SqlDatabase.RowsPerStatement(c, 3, 250)))
        {
            var (values, parameters) = SqlDatabase.Rows(["Sha", "Now", "Named"], [.. chunk.Select(h => new object?[] { h, 0L, 1 })]);
            await SqlDatabase.Execute(c, t,
                $"INSERT INTO AfterSalesUpload (Sha256, UploadedOn, Named) VALUES {values} ON CONFLICT (Sha256) DO UPDATE SET Named = 1", parameters);
            var (shas, owners) = SqlDatabase.Rows(["Sha"], [.. chunk.Select(h => new object?[] { h })]);
            await SqlDatabase.Execute(c, t, $"DELETE FROM AfterSalesUploadOwner WHERE Sha256 IN ({shas})", owners);
        }

        return 0;
    });

    /// <summary>Files no command named whose last upload was before <paramref name="before"/>, with whom they were uploaded for.</summary>
    public async Task<IReadOnlyList<UnnamedUpload>> Unnamed(DateTimeOffset before, int limit)
    {
        await using var c = await database.Open();
        await using var command = SqlDatabase.Command(c, null,
            """
            SELECT u.Sha256, o.OwnerKind, o.OwnerId
            FROM (SELECT Sha256 FROM AfterSalesUpload WHERE Named = 0 AND UploadedOn < @Before ORDER BY UploadedOn LIMIT @Limit) u
            LEFT JOIN AfterSalesUploadOwner o ON o.Sha256 = u.Sha256
            """,
            ("Before", before.ToUnixTimeMilliseconds()), ("Limit", limit));
        await using var reader = await command.ExecuteReaderAsync();
        var found = new Dictionary<string, List<FileOwner>>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var owners = found.TryGetValue(reader.GetString(0), out var o) ? o : found[reader.GetString(0)] = [];
            if (!reader.IsDBNull(1))
            {
                owners.Add(new FileOwner(reader.GetString(1), reader.GetString(2)));
            }
        }

        return [.. found.Select(f => new UnnamedUpload(f.Key, f.Value))];
    }

    /// <summary>
    /// Forgets the bytes <paramref name="sha256"/> and deletes them from <paramref name="files"/>, in one transaction,
    /// if still no command named them and nobody uploaded them again since <paramref name="before"/>; answers whether.
    /// </summary>
    public Task<bool> Forget(string sha256, DateTimeOffset before, IFileStore files) => database.Write(async (c, t) =>
    {
        // A row an upload or a naming changes meanwhile is locked until it commits, then read again (PostgreSQL);
        // on SQLite, the writer's turn orders them.
        var forgotten = await SqlDatabase.Execute(c, t,
            "DELETE FROM AfterSalesUpload WHERE Sha256 = @Sha AND Named = 0 AND UploadedOn < @Before",
            ("Sha", sha256), ("Before", before.ToUnixTimeMilliseconds()));
        if (forgotten == 0)
        {
            return false;
        }

        await SqlDatabase.Execute(c, t, "DELETE FROM AfterSalesUploadOwner WHERE Sha256 = @Sha", ("Sha", sha256));
        await files.Delete(sha256, c, t);
        return true;
    });
}
