using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;

namespace AfterSales.Silo.Api;

public static class SurveyEndpoints
{
    // R-SAT-1: sales and marketing survey results count toward the month they were taken in.
    public static void MapSurveys(this RouteGroupBuilder api) =>
        api.MapPost("/surveys", async (
            NewSurveyResult survey, HttpContext http, IGrainFactory grains,
            [FromKeyedServices(RulesClock.Key)] TimeProvider clock, BusinessCalendar calendar) =>
        {
            var at = survey.At ?? clock.GetUtcNow();
            var month = ReportPeriods.Of(Bucket.Month, calendar.LocalDate(at));
            var response = await grains.GetGrain<ISatisfactionMonthGrain>(month).RecordSurvey(http.Command(survey with { At = at }));
            return Results.Created($"/api/reports/satisfaction?from={at:yyyy-MM-dd}&to={at:yyyy-MM-dd}", response);
        }).WithTags("Reports");
}
