using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Notifications;

public static class NotificationHosting
{
    /// <summary>The notifier and what it sends with: e-mail (MailKit) and webhooks (an HTTP client that follows no redirect).</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<Mailer>();
        services.AddSingleton<DeliveryPlan>();
        services.AddSingleton<IEventAudience, EventAudience>();
        services.AddSingleton<WebhookSender>();
        services.AddHttpClient(WebhookSender.Client, c => c.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<Notifier>();
        services.AddHostedService(sp => sp.GetRequiredService<Notifier>());
        return services;
    }
}
