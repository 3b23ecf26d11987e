using AfterSales.Dashboard.Charts;
using AfterSales.Silo.Api;

namespace AfterSales.Silo.Dashboard;

/// <summary>The reporting dashboard: the page, its charts as PNG or SVG, the tickets behind the figures.</summary>
public static class DashboardEndpoints
{
    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        var dashboard = app.MapGroup("/dashboard").RequireAuthorization(DashboardPolicy.Name).ExcludeFromDescription();

        dashboard.MapGet("", async ([AsParameters] DashboardQuery q, HttpContext http, DashboardData data) =>
            DashboardPage.Render(q.Language(http.Request), q, await data.ThisMonth(q), http.Actor()));

        dashboard.MapGet("/tickets", async ([AsParameters] DashboardQuery q, bool? breached, string? cursor, HttpContext http, DashboardData data) =>
            TicketsPage.Render(q.Language(http.Request), q, breached, await data.Tickets(q, breached, cursor), http.Actor()));

        dashboard.MapGet("/charts/{name}.{format}", async (string name, string format, [AsParameters] DashboardQuery q, HttpContext http, DashboardData data) =>
        {
            if (!ChartNames.TryParse(name, out var kind) || !Enum.TryParse<ChartFormat>(format, ignoreCase: true, out var chartFormat)
                || !Enum.IsDefined(chartFormat) || format.Any(char.IsDigit))
            {
                return Results.NotFound();
            }

            var plot = await data.Chart(kind, q, AfterSales.Dashboard.Localization.ChartTexts.For(q.Language(http.Request)));
            http.Response.Headers.CacheControl = "private, max-age=60";
            http.Response.Headers.Vary = "Accept-Language";
            return Results.Bytes(ChartRenderer.Render(plot, chartFormat), chartFormat.ContentType());
        });
    }
}
