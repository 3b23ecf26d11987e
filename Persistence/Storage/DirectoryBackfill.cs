using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Stations;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// Once, for a service whose master data was written before the directory read model existed: every customer,
/// engineer, station and site writes itself again, so that their lists hold it. Idempotent,
/// so a start-up interrupted here resumes it; marked done in AfterSalesMigration.
/// </summary>
public sealed class DirectoryBackfill(IGrainFactory grains, SqlDatabase database, ILogger<DirectoryBackfill> logger) : IStartupTask
{
    public const string Name = "directory-projected";

    public async Task Execute(CancellationToken cancellationToken)
    {
        if (await LegacyMigration.Done(database, Name))
        {
            return;
        }

        // Each kind by the key prefix of its state and the grain call that writes it again.
        var kinds = new (string Prefix, Func<string, Task> Project)[]
        {
            ("customer/customer/", id => grains.Get<ICustomerGrain>(id).Project()),
            ("engineer/engineer/", id => grains.Get<IEngineerGrain>(id).Project()),
            ("station/servicestation/", id => grains.Get<IServiceStationGrain>(id).Project()),
            ("site/installationsite/", id => grains.Get<IInstallationSiteGrain>(id).Project()),
        };
        var counts = new List<int>();
        foreach (var (prefix, project) in kinds)
        {
            var keys = await Keys(database, prefix);
            foreach (var batch in keys.Chunk(32))
            {
                await Task.WhenAll(batch.Select(project));
            }

            counts.Add(keys.Count);
        }

        await LegacyMigration.MarkDone(database, Name);
        if (counts.Sum() > 0)
        {
            logger.LogInformation(
                "Master data listed: {Customers} customers, {Engineers} engineers, {Stations} stations, {Sites} sites", counts[0], counts[1], counts[2], counts[3]);
        }
    }

    /// <summary>The keys of the grains whose state's key starts with <paramref name="prefix"/> (their kind).</summary>
    public static async Task<List<string>> Keys(SqlDatabase database, string prefix)
    {
        await using var c = await database.Open();
        await using var command = SqlDatabase.Command(c, null, "SELECT StateKey FROM AfterSalesGrainState WHERE StateKey LIKE @Prefix", ("Prefix", prefix + "%"));
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0)[prefix.Length..]);
        }

        return keys;
    }
}
