using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Stations;

namespace AfterSales.Silo.Storage;

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

        var customers = await Keys("customer/customer/");
        var engineers = await Keys("engineer/engineer/");
        var stations = await Keys("station/servicestation/");
        var sites = await Keys("site/installationsite/");
        foreach (var batch in customers.Chunk(32))
        {
            await Task.WhenAll(batch.Select(id => grains.GetGrain<ICustomerGrain>(id).Project()));
        }

        foreach (var batch in engineers.Chunk(32))
        {
            await Task.WhenAll(batch.Select(id => grains.GetGrain<IEngineerGrain>(id).Project()));
        }

        foreach (var batch in stations.Chunk(32))
        {
            await Task.WhenAll(batch.Select(id => grains.GetGrain<IServiceStationGrain>(id).Project()));
        }

        foreach (var batch in sites.Chunk(32))
        {
            await Task.WhenAll(batch.Select(id => grains.GetGrain<IInstallationSiteGrain>(id).Project()));
        }

        await LegacyMigration.MarkDone(database, Name);
        if (customers.Count + engineers.Count + stations.Count > 0)
        {
            logger.LogInformation(
                "Master data listed: {Customers} customers, {Engineers} engineers, {Stations} stations", customers.Count, engineers.Count, stations.Count);
        }
    }

    private async Task<List<string>> Keys(string prefix)
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
