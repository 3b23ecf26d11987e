using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Access;
using AfterSales.Silo.Accounts;
using AfterSales.Silo.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AfterSales.Silo.Dashboard;

/// <summary>The reporting dashboard and the browsers' sign-in, on top of the API's bearer authentication.</summary>
public static class DashboardHosting
{
    public static WebApplicationBuilder AddAfterSalesDashboard(this WebApplicationBuilder builder)
    {
        // ScottPlot's font is process-wide: set once, before any chart is drawn.
        ChartFonts.UseDefault();
        var services = builder.Services;
        services.AddSingleton<IDashboardData, DashboardData>();
        services.AddAntiforgery();
        services.PostConfigureAll<JwtBearerOptions>(BrowserSession.Configure);
        services.AddAuthorizationBuilder().AddPolicy(
            DashboardPolicy.Name, RoleRefusal.Policy(r => AccessPolicy.Of(ReportOperation.Dashboard).ReachOf(r) is not null));
        return builder;
    }

    public static WebApplication UseAfterSalesDashboard(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapSignIn();
        app.MapAccountPages();
        app.MapDashboardCharts();
        app.MapDashboardExports();
        return app;
    }
}
