using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api.Requests;
using AfterSales.Silo.ReadModels;

namespace AfterSales.Silo.Api;

public static class EngineerEndpoints
{
    public static void MapEngineers(this RouteGroupBuilder api)
    {
        var engineers = api.MapGroup("/engineers").WithTags("Engineers");

        engineers.MapPost("/", async (NewEngineer e, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<IEngineerGrain>(e.Id).Register(http.Command(ToProfile(e)));
            return Results.Created($"/api/engineers/{Uri.EscapeDataString(view.Id)}", view);
        });

        engineers.MapPut("/{id}", async (string id, EngineerProfile p, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IEngineerGrain>(id).UpdateProfile(http.Command(p))));

        engineers.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            http.Actor().RequireStaff();
            var engineer = await grains.GetGrain<IEngineerGrain>(id).Get();
            return Results.Ok(engineer with { AssignedTicketIds = await readModel.TicketIds(new TicketFilter(EngineerId: id)) });
        });

        engineers.MapPost("/{id}/evaluations", async (string id, NewEvaluation e, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IEngineerGrain>(id).RecordEvaluation(http.Command(e))));

        engineers.MapPost("/{id}/sanctions", async (string id, NewSanction s, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IEngineerGrain>(id).Sanction(http.Command(s))));

        // Lifts the engineer's suspension (R-ENG-5).
        engineers.MapDelete("/{id}/sanctions", async (string id, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IEngineerGrain>(id).LiftSuspension(http.Command(id))));
    }

    private static EngineerProfile ToProfile(NewEngineer e) =>
        new(e.Name, e.YearsOfExperience, e.TrainingPassed, e.CertifiedProductLines, e.Tools, e.HomeCity);
}
