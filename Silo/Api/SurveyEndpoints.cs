using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.CodeOfConduct;

namespace AfterSales.Silo.Api;

public static class SurveyEndpoints
{
    // R-SAT-1: sales and marketing survey results count toward the month they were taken in.
    public static void MapSurveys(this RouteGroupBuilder api) =>
        api.MapPost("/surveys", async (
            NewSurveyResult survey, HttpContext http, IGrainFactory grains,
            [FromKeyedServices(RulesClock.Key)] TimeProvider clock) =>
        {
            var at = survey.At ?? clock.GetUtcNow();
            var command = http.Command(survey with { At = at });
            var id = $"survey:{command.By.UserId}:{command.IdempotencyKey ?? Guid.NewGuid().ToString("N")}";
            var response = await grains.GetGrain<ISurveyGrain>(id).Record(command);
            return Results.Created($"/api/reports/satisfaction?from={at:yyyy-MM-dd}&to={at:yyyy-MM-dd}", response);
        }).WithTags("Reports");
}
