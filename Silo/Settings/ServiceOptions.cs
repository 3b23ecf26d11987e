using AfterSales.Persistence.Settings;
namespace AfterSales.Silo.Settings;

/// <summary>The service's options, bound from configuration and validated when the service starts (a bad value stops it).</summary>
public static class ServiceOptions
{
    public static IServiceCollection AddServiceOptions(this IServiceCollection services, IConfiguration config)
    {
        Add<RateLimitOptions>(services, config, RateLimitOptions.Section);
        Add<IdempotencyOptions>(services, config, IdempotencyOptions.Section);
        Add<SlaWatchOptions>(services, config, SlaWatchOptions.Section);
        Add<MaintenanceWatchOptions>(services, config, MaintenanceWatchOptions.Section);
        Add<CampaignOptions>(services, config, CampaignOptions.Section);
        Add<HealthOptions>(services, config, HealthOptions.Section);
        Add<NotificationOptions>(services, config, NotificationOptions.Section);
        Add<EvidenceFileOptions>(services, config, EvidenceFileOptions.Section);
        return services;
    }

    private static void Add<T>(IServiceCollection services, IConfiguration config, string section)
        where T : class =>
        services.AddOptions<T>().Bind(config.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
