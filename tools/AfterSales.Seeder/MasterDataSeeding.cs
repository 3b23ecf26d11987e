using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Stations;
using static AfterSales.Seeder.DemoPeople;

namespace AfterSales.Seeder;

/// <summary>
/// Registers the stations (service manager, R-STN-1/2), the engineers (service manager, R-ENG-1..3) and the customers
/// with their machines (service assistant, R-TKT-1). What a previous seed registered is kept as it is.
/// </summary>
public sealed class MasterDataSeeding(IGrainFactory grains, ISeedProgress progress, int parallelism, CancellationToken cancellationToken)
{
    public async Task Load(DemoWorld world, DateTimeOffset at)
    {
        progress.Start(SeedPhase.MasterData, world.Stations.Count + world.Engineers.Count + world.Customers.Count);
        HistoricClock.Set(at);

        // One after the other: each registration claims its regions (R-STN-2).
        foreach (var s in world.Stations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await KeepExisting(() => grains.Get<IServiceStationGrain>(s.Id).Register(Manager.By(s.Agreement)));
            progress.Advance(SeedPhase.MasterData);
        }

        await InParallel(world.Engineers, e => KeepExisting(() => grains.Get<IEngineerGrain>(e.Id).Register(Manager.By(e.Profile))));
        await InParallel(world.Customers, async c =>
        {
            var customer = grains.Get<ICustomerGrain>(c.Id);
            await KeepExisting(() => customer.Register(Assistant.By(c.Profile)));
            foreach (var machine in c.Machines)
            {
                await KeepExisting(() => customer.AddMachine(Assistant.By(machine)));
            }
        });
    }

    private Task InParallel<T>(IEnumerable<T> items, Func<T, Task> register) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (item, _) =>
        {
            await register(item);
            progress.Advance(SeedPhase.MasterData);
        });

    private static async Task KeepExisting<T>(Func<Task<T>> register)
    {
        try
        {
            await register();
        }
        catch (RuleViolationException e) when (e.RuleId == RuleIds.IdExists)
        {
            // Seeded before (seed-demo --force): the first registration stands.
        }
    }
}
