using Orleans.Providers;
using Orleans.Storage;

namespace AfterSales.Silo.Demo;

public static class SeedStorageHosting
{
    /// <summary>
    /// Makes a <see cref="SeedWriteBuffer"/> over the grain storage named <paramref name="durable"/> the silo's
    /// default grain storage (the one every grain of the service uses).
    /// </summary>
    public static ISiloBuilder AddSeedWriteBuffer(this ISiloBuilder silo, string durable)
    {
        silo.Services.AddSingleton(sp => new SeedWriteBuffer(sp.GetRequiredKeyedService<IGrainStorage>(durable)));
        silo.Services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, _) => sp.GetRequiredService<SeedWriteBuffer>());
        silo.Services.AddSingleton<IGrainStorage>(sp => sp.GetRequiredService<SeedWriteBuffer>());
        return silo;
    }
}
