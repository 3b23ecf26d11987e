using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// Once, for a service whose machines were lines of their customers' grains (before issue 24): each customer hands
/// each of its machines to a machine grain of its own (R-MCH-1), which keeps it from then on; the customer keeps the
/// list. Idempotent, so a start-up interrupted here resumes it; marked done in AfterSalesMigration.
/// </summary>
public sealed class MachineMove(IGrainFactory grains, SqlDatabase database, ILogger<MachineMove> logger) : IStartupTask
{
    public const string Name = "machines-moved";

    public async Task Execute(CancellationToken cancellationToken)
    {
        if (await LegacyMigration.Done(database, Name))
        {
            return;
        }

        var customers = await DirectoryBackfill.Keys(database, "customer/customer/");
        var machines = 0;
        foreach (var batch in customers.Chunk(32))
        {
            machines += (await Task.WhenAll(batch.Select(id => grains.Get<ICustomerGrain>(id).MoveMachines()))).Sum();
        }

        await LegacyMigration.MarkDone(database, Name);
        if (machines > 0)
        {
            logger.LogInformation("Machines moved out of their {Customers} customers into machine grains: {Machines}", customers.Count, machines);
        }
    }
}
