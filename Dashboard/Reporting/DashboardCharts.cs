using System.Globalization;
using AfterSales.Dashboard.App;
using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ScottPlot;

namespace AfterSales.Dashboard.Reporting;

/// <summary>The dashboard's charts as PNG or SVG (<c>/dashboard/charts/{name}.png|svg</c>), for the query and language of the page that shows them.</summary>
public static class DashboardCharts
{
    public static void MapDashboardCharts(this IEndpointRouteBuilder app) =>
        app.MapGet("/dashboard/charts/{name}.{format}", async (string name, string format, HttpContext http, IDashboardData data, IStringLocalizer<Texts> t) =>
        {
            if (!ChartNames.TryParse(name, out var kind) || !Enum.TryParse<ChartFormat>(format, ignoreCase: true, out var chartFormat)
                || !Enum.IsDefined(chartFormat) || format.Any(char.IsDigit))
            {
                return Results.NotFound();
            }

            var (q, error) = DashboardQuery.Parse(http.Request.Query, data.Today);
            if (q is null)
            {
                return DashboardQuery.Refused(t, error!);
            }

            // A phone's chart is laid out for its narrow column (fewer period labels, values beside fewer marks) and drawn at
            // twice its pixels, not a desk's chart shrunk to a third.
            var phone = http.Request.Query["size"] == ChartRenderer.Phone;
            var (width, height) = phone ? (ChartRenderer.PhoneWidth, ChartRenderer.PhoneHeight) : (ChartRenderer.Width, ChartRenderer.Height);
            var plot = await Build(kind, q, data, t, width);
            http.Response.Headers.CacheControl = "private, max-age=60";
            http.Response.Headers.Vary = "Accept-Language, Cookie";
            return Results.Bytes(ChartRenderer.Render(plot, chartFormat, width, height, phone ? 2 : 1), chartFormat.ContentType());
        }).RequireAuthorization(DashboardPolicy.Name).ExcludeFromDescription();

    /// <summary>The chart of the query, titled with its range and filters, in the language of the request.</summary>
    public static async Task<Plot> Build(ChartKind kind, DashboardQuery q, IDashboardData data, IStringLocalizer<Texts> t, int width = ChartRenderer.Width)
    {
        var texts = ChartTexts.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Language.Zh : Language.En);
        var running = DashboardScope.Running(data.Today);
        switch (kind)
        {
            case ChartKind.FirstResponse or ChartKind.TimeToSite or ChartKind.Breaches:
                var weeks = await data.ResponseTimes(q, Bucket.Week);
                var c = new ChartContext(texts, (await DashboardScope.Of(q, data, t)).Text, running) { Width = width };
                return kind switch
                {
                    ChartKind.FirstResponse => ResponseTimesChart.FirstResponse(weeks, c),
                    ChartKind.TimeToSite => ResponseTimesChart.TimeToSite(weeks, c),
                    _ => BreachesChart.Build(weeks, c),
                };
            case ChartKind.Satisfaction:
                var months = await data.Satisfaction(q, SatisfactionGrouping.None);
                return SatisfactionChart.Build(months, new ChartContext(texts, (await DashboardScope.Of(q, data, t)).Text, running) { Width = width });
            default:
                var byEngineer = kind == ChartKind.SatisfactionByEngineer;
                var rows = await data.Satisfaction(q, byEngineer ? SatisfactionGrouping.Engineer : SatisfactionGrouping.Station);
                var keys = SatisfactionRankingChart.Ranked(rows).Select(r => r.Key);
                var scope = await DashboardScope.Of(q, data, t, byEngineer ? keys : null, byEngineer ? null : keys);
                var context = new ChartContext(texts, scope.Text, running, byEngineer ? scope.EngineerNames : scope.StationNames) { Width = width };
                return byEngineer ? SatisfactionRankingChart.ByEngineer(rows, context) : SatisfactionRankingChart.ByStation(rows, context);
        }
    }
}
