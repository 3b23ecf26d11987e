using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Silo.Api;

public static class SurveyEndpoints
{
    // R-SAT-1: sales and marketing survey results count toward the month they were taken in.
    public static void MapSurveys(this RouteGroupBuilder api) =>
        api.MapPost("/surveys", async (NewSurveyResult survey, HttpContext http, IGrainFactory grains) =>
        {
            var command = http.Command(survey);
            var id = $"survey:{command.By.UserId}:{command.IdempotencyKey ?? Guid.NewGuid().ToString("N")}";
            var response = await grains.Get<ISurveyGrain>(id).Record(command);
            return TypedResults.Created($"/api/reports/satisfaction?from={response.At:yyyy-MM-dd}&to={response.At:yyyy-MM-dd}", response);
        }).WithTags("Reports").Runs(SurveyOperation.Record, "recordSurvey", "Record a survey result (R-SAT-1)");
}
