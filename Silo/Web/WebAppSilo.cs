using AfterSales.Dashboard.App;

namespace AfterSales.Silo.Web;

/// <summary>The web app (Dashboard/App) on this host: its callers and lists from the API's, its pages under /app.</summary>
public static class WebAppSilo
{
    public static WebApplicationBuilder AddAfterSalesWebApp(this WebApplicationBuilder builder)
    {
        builder.Services.AddWebApp();
        builder.Services.AddSingleton<IWebCaller, WebCaller>();
        builder.Services.AddSingleton<ITicketLists, WebTicketLists>();
        builder.Services.AddSingleton<IDirectory, WebDirectory>();
        return builder;
    }

    public static WebApplication UseAfterSalesWebApp(this WebApplication app)
    {
        app.UseWebAppLanguage();
        app.MapWebApp();
        return app;
    }
}
