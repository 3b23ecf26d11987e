using Orleans.Providers;
using Orleans.Storage;

namespace AfterSales.Persistence.Storage;

public static class DefaultGrainStorage
{
    /// <summary>The grain storage of every grain that names none: Orleans looks it up by the default name or unnamed.</summary>
    public static IServiceCollection AddDefaultGrainStorage(this IServiceCollection services, Func<IServiceProvider, IGrainStorage> storage)
    {
        services.AddKeyedSingleton(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, (sp, _) => storage(sp));
        services.AddSingleton(storage);
        return services;
    }
}
