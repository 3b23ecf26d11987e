using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using static AfterSales.Seeder.DemoPeople;

namespace AfterSales.Seeder;

/// <summary>
/// The machines' weekly readings of the demo year (R-MCH-2), through the machine grains at their historic times: the
/// customer reads the meter to the desk, or the desk notes it. What a previous seed read is kept.
/// </summary>
public sealed class MachineHoursSeeding(IGrainFactory grains, ISeedProgress progress, int parallelism, CancellationToken cancellationToken)
{
    public async Task<int> Load(DemoWorld world, DemoYear year, DemoHours hours)
    {
        var machines = world.Customers.SelectMany(c => c.Machines.Select(m => (Customer: c, Machine: m))).ToList();
        progress.Start(SeedPhase.MasterData, machines.Count);
        var readings = 0;
        await Parallel.ForEachAsync(machines, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (m, _) =>
        {
            var machine = grains.Get<IMachineGrain>(m.Machine.Serial);
            if ((await machine.Get()).Hours is not null)
            {
                progress.Advance(SeedPhase.MasterData);
                return;
            }

            var week = 0;
            foreach (var (at, value) in hours.Weekly(m.Machine, year))
            {
                HistoricClock.Set(at);
                var by = week++ % 3 == 0 ? Customer(m.Customer.Id) : Assistant;
                await machine.RecordHours(by.By(new HoursReading(value, at)));
                Interlocked.Increment(ref readings);
            }

            progress.Advance(SeedPhase.MasterData);
        });
        return readings;
    }
}
