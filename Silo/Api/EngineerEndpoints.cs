using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api.Requests;
using AfterSales.Persistence.ReadModels;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Common;

namespace AfterSales.Silo.Api;

public static class EngineerEndpoints
{
    public static void MapEngineers(this RouteGroupBuilder api)
    {
        var engineers = api.MapGroup("/engineers").WithTags("Engineers");

        engineers.MapPost("/", async (NewEngineer e, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.Get<IEngineerGrain>(e.Id).Register(http.Command(ToProfile(e)));
            return TypedResults.Created($"/api/engineers/{Uri.EscapeDataString(view.Id)}", view);
        }).Runs(EngineerOperation.Register, "registerEngineer", "Register an engineer", "R-ENG-1..3: experience, training, certified product lines, tools, home city.");

        engineers.MapPut("/{id}", async (string id, EngineerProfile p, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.Get<IEngineerGrain>(id).UpdateProfile(http.Command(p))))
            .Runs(EngineerOperation.UpdateProfile, "updateEngineer", "Update an engineer's profile");

        engineers.MapGet("/", async (string? q, string? region, int? limit, string? cursor, HttpContext http, ReadModel readModel) =>
        {
            http.Reach(EngineerOperation.List);
            return http.Paged(await readModel.Directory<EngineerSummary>(
                OutboxKinds.Engineer, new DirectoryFilter(q, region), ReadModel.Limit(limit), cursor));
        }).Runs(EngineerOperation.List, "listEngineers", "List engineers", "By id, a page at a time; q finds a name or id, region the home city.");

        engineers.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            http.Require(EngineerOperation.Get, new Owner(EngineerId: id));
            var engineer = await grains.Get<IEngineerGrain>(id).Get();
            return TypedResults.Ok(engineer with { AssignedTicketIds = await readModel.TicketIds(new TicketFilter(EngineerId: id)) });
        }).Runs(EngineerOperation.Get, "getEngineer", "Read an engineer", "With qualified and, when not, the reasons (R-ENG-1).");

        engineers.MapPost("/{id}/evaluations", async (string id, NewEvaluation e, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.Get<IEngineerGrain>(id).RecordEvaluation(http.Command(e))))
            .Runs(EngineerOperation.RecordEvaluation, "evaluateEngineer", "Record an evaluation (R-ENG-3/4)",
                "By the role of its source (a quality visit by who visited). Answers the evaluation recorded: the engineer's record is read with GET by those who may.");

        engineers.MapPost("/{id}/sanctions", async (string id, NewSanction s, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.Get<IEngineerGrain>(id).Sanction(http.Command(s))))
            .Runs(EngineerOperation.Sanction, "sanctionEngineer", "Sanction an engineer (R-ENG-5)");

        // Lifts the engineer's suspension (R-ENG-5).
        engineers.MapDelete("/{id}/sanctions", async (string id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.Get<IEngineerGrain>(id).LiftSuspension(http.Command(id))))
            .Runs(EngineerOperation.LiftSuspension, "liftSuspension", "Lift an engineer's suspension (R-ENG-5)");
    }

    private static EngineerProfile ToProfile(NewEngineer e) =>
        new(e.Name, e.YearsOfExperience, e.TrainingPassed, e.CertifiedProductLines, e.Tools, e.HomeCity);
}
