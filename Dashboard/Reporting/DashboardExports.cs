using AfterSales.Dashboard.App;
using AfterSales.Dashboard.Exports;
using AfterSales.GrainInterfaces.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace AfterSales.Dashboard.Reporting;

/// <summary>
/// The dashboard's downloads, for the range and filters on the page (signed in like the page): the weekly response
/// times, the monthly satisfaction and the tickets of the range, as .xlsx or .csv, headed in the page's language.
/// </summary>
public static class DashboardExports
{
    public const int TicketLimit = 20_000;

    public static void MapDashboardExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/dashboard/exports").RequireAuthorization(DashboardPolicy.Name).ExcludeFromDescription();
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            exports.MapGet($"/response-times.{format.Extension()}", (HttpContext http, IDashboardData data, IStringLocalizer<Texts> t) =>
                Table(http, data, t, async q => await Export.Table(http, format, "response-times", await data.ResponseTimes(q, Bucket.Week), ExportColumns.ResponseTimes)));
            exports.MapGet($"/satisfaction.{format.Extension()}", (HttpContext http, IDashboardData data, IStringLocalizer<Texts> t) =>
                Table(http, data, t, async q => await Export.Table(http, format, "satisfaction", await data.Satisfaction(q, SatisfactionGrouping.None), ExportColumns.Satisfaction)));
            exports.MapGet($"/tickets.{format.Extension()}", (HttpContext http, IDashboardData data, IStringLocalizer<Texts> t) =>
                Table(http, data, t, async q =>
                {
                    var rows = await data.TicketsUpTo(q, TicketLimit);
                    var names = await ExportNames.Of(rows, r => r.CustomerId, r => r.EngineerId, r => r.StationId, data.Names);
                    return await Export.Table(http, format, "tickets", rows, ExportColumns.Tickets, names);
                }));
        }
    }

    private static async Task<IResult> Table(HttpContext http, IDashboardData data, IStringLocalizer<Texts> t, Func<DashboardQuery, Task<IResult>> export)
    {
        var (q, error) = DashboardQuery.Parse(http.Request.Query, data.Today);
        return q is null
            ? DashboardQuery.Refused(t, error!)
            : await export(q);
    }
}
