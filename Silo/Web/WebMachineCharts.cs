using System.Globalization;
using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Persistence.ReadModels;
using AfterSales.Silo.Api;

namespace AfterSales.Silo.Web;

/// <summary>
/// The machine page's chart of its hours (<c>/app/machines/{serial}/hours.png|svg</c>), drawn for whoever may read the
/// machine's readings (R-MCH-2), in the language of the request, like the dashboard's charts.
/// </summary>
public static class WebMachineCharts
{
    /// <summary>How far back the chart reaches: the years a machine is in service and serviced by us.</summary>
    private const int Years = 5;

    /// <summary>The most readings drawn: a reading a day for five years, and a telematics report more.</summary>
    private const int MaxReadings = 2000;

    public static void MapMachineHoursChart(this IEndpointRouteBuilder app) =>
        app.MapGet("/app/machines/{serial}/hours.{format}", async (
                string serial, string format, HttpContext http, IGrainFactory grains, ReadModel readModel, LocalTimes local,
                [FromKeyedServices(RulesClock.Key)] TimeProvider clock) =>
            {
                if (!Enum.TryParse<ChartFormat>(format, ignoreCase: true, out var chartFormat) || !Enum.IsDefined(chartFormat) || format.Any(char.IsDigit))
                {
                    return Results.NotFound();
                }

                // Asked before anything of the machine's hours is read: the same grant as GET /api/machines/{serial}/hours.
                var machine = await grains.Get<IMachineGrain>(serial).Get();
                http.Require(MachineOperation.ReadHours, new Owner(machine.CustomerId, machine.StationId));
                var now = clock.GetUtcNow();
                var readings = await readModel.ReadingsBetween(serial, now.AddYears(-Years), now.AddDays(1), MaxReadings);
                var texts = ChartTexts.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Language.Zh : Language.En);
                var phone = http.Request.Query["size"] == ChartRenderer.Phone;
                var (width, height) = phone ? (ChartRenderer.PhoneWidth, ChartRenderer.PhoneHeight) : (ChartRenderer.Width, ChartRenderer.Height);
                var plot = MachineHoursChart.Build(readings, new ChartContext(texts, serial) { Width = width }, local.Zone);
                http.Response.Headers.CacheControl = "private, max-age=60";
                http.Response.Headers.Vary = "Accept-Language, Cookie";
                return Results.Bytes(ChartRenderer.Render(plot, chartFormat, width, height, phone ? 2 : 1), chartFormat.ContentType());
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
}
