using AfterSales.Silo.Demo;
using Orleans.Providers;
using Orleans.Storage;

namespace AfterSales.Silo.Hosting;

/// <summary>Which grain storage the grains use.</summary>
public static class GrainStorageHosting
{
    /// <summary>
    /// Makes a <see cref="SeedWriteBuffer"/> over the grain storage named <paramref name="durable"/> the silo's
    /// default grain storage (the one every grain of the service uses).
    /// </summary>
    public static ISiloBuilder AddSeedWriteBuffer(this ISiloBuilder silo, string durable)
    {
        silo.Services.AddSingleton(sp => new SeedWriteBuffer(sp.GetRequiredKeyedService<IGrainStorage>(durable)));
        silo.Services.AddDefaultGrainStorage(sp => sp.GetRequiredService<SeedWriteBuffer>());
        return silo;
    }

    /// <summary>The grain storage of every grain that names none: Orleans looks it up by the default name or unnamed.</summary>
    public static IServiceCollection AddDefaultGrainStorage(this IServiceCollection services, Func<IServiceProvider, IGrainStorage> storage)
    {
        services.AddKeyedSingleton(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, _) => storage(sp));
        services.AddSingleton(storage);
        return services;
    }
}
