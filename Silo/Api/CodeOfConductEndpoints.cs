using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Api;

public static class CodeOfConductEndpoints
{
    public static void MapCodeOfConduct(this RouteGroupBuilder api)
    {
        var code = api.MapGroup("/code-of-conduct").WithTags("Code of conduct");
        ICodeOfConductGrain Code(IGrainFactory grains) => grains.Get<ICodeOfConductGrain>(ICodeOfConductGrain.Ref);

        code.MapGet("/", async (IGrainFactory grains) => TypedResults.Ok(await Code(grains).Get()))
            .Runs(CodeOfConductOperation.Get, "getCodeOfConduct", "The code of conduct", "The version in force, with every version and change application (R-DOC-1).");

        code.MapPost("/changes", async (ChangeApplication application, HttpContext http, IGrainFactory grains) =>
        {
            var change = await Code(grains).FileChange(http.Command(application));
            return TypedResults.Created($"/api/code-of-conduct/changes/{change.Id}", change);
        }).Runs(CodeOfConductOperation.FileChange, "fileChange", "File a change application (R-DOC-2)");

        code.MapGet("/changes/{id}", async (string id, IGrainFactory grains) =>
            (await Code(grains).Get()).Changes.FirstOrDefault(c => c.Id == id) is { } change
                ? TypedResults.Ok(change)
                : throw new NotFoundException("Change application", id))
            .Runs(CodeOfConductOperation.Get, "getChange", "Read a change application");

        code.MapPost("/changes/{id}/decision", async (string id, ChangeDecision decision, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Code(grains).Decide(http.Command(new DecideChange(id, decision)))))
            .Runs(CodeOfConductOperation.Decide, "decideChange", "Approve or reject a change application (R-DOC-3/4)");
    }
}
