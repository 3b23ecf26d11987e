using AfterSales.Dashboard.App;

namespace AfterSales.Silo.Web;

/// <summary>The web app (Dashboard/App) on this host: its callers and lists from the API's, its pages under /app.</summary>
public static class WebAppSilo
{
    public static WebApplicationBuilder AddAfterSalesWebApp(this WebApplicationBuilder builder)
    {
        // blazor.web.js and the other framework assets, from the build's manifest in any environment (a published app has them in wwwroot).
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddWebApp();
        builder.Services.AddSingleton<IWebCaller, WebCaller>();
        builder.Services.AddSingleton<ITicketLists, WebTicketLists>();
        builder.Services.AddSingleton<IDirectory, WebDirectory>();
        builder.Services.AddSingleton<IMachines, WebMachines>();
        builder.Services.AddSingleton<ICampaigns, WebCampaigns>();
        builder.Services.AddSingleton<INotificationLog, WebNotificationLog>();
        builder.Services.AddSingleton<IReadModelChanges, ReadModelChanges>();
        builder.Services.AddSingleton<IServiceHealth, WebServiceHealth>();
        return builder;
    }

    /// <summary>The page's language (<c>?lang=</c>, the cookie, the browser's), first of all: the sign-in, refusal and status pages speak it too.</summary>
    public static WebApplication UseAfterSalesLanguage(this WebApplication app)
    {
        app.UseWebAppLanguage();
        return app;
    }

    public static WebApplication UseAfterSalesWebApp(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapWebEvidence();
        app.MapMachineHoursChart();
        app.MapWebApp();
        return app;
    }
}
