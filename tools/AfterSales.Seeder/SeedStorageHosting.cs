using AfterSales.Grains.Common;
using AfterSales.Persistence.Storage;
using AfterSales.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace AfterSales.Seeder;

public static class SeedStorageHosting
{
    /// <summary>
    /// Makes a <see cref="SeedWriteBuffer"/> over the service's durable grain storage the silo's default grain storage
    /// (the one every grain of the service uses).
    /// </summary>
    public static void AddSeedWriteBuffer(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton(sp => new SeedWriteBuffer(
            sp.GetRequiredKeyedService<IGrainStorage>(SiloHosting.DurableStorage), sp.GetRequiredService<CommandWrites>(), sp.GetRequiredService<IIdempotencyStore>()));
        silo.Services.AddDefaultGrainStorage(sp => sp.GetRequiredService<SeedWriteBuffer>());
    }
}
