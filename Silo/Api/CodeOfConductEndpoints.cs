using AfterSales.GrainInterfaces.CodeOfConduct;

namespace AfterSales.Silo.Api;

public static class CodeOfConductEndpoints
{
    public static void MapCodeOfConduct(this RouteGroupBuilder api)
    {
        var code = api.MapGroup("/code-of-conduct").WithTags("Code of conduct");
        ICodeOfConductGrain Code(IGrainFactory grains) => grains.GetGrain<ICodeOfConductGrain>(ICodeOfConductGrain.Ref);

        // The version in force, with every version and change application (R-DOC-1); everyone reads the rulebook.
        code.MapGet("/", async (IGrainFactory grains) => Results.Ok(await Code(grains).Get()));

        // R-DOC-2: any department or person files a change application.
        code.MapPost("/changes", async (ChangeApplication application, HttpContext http, IGrainFactory grains) =>
        {
            var change = await Code(grains).FileChange(http.Command(application));
            return Results.Created($"/api/code-of-conduct/changes/{change.Id}", change);
        });

        code.MapGet("/changes/{id}", async (string id, IGrainFactory grains) =>
            (await Code(grains).Get()).Changes.FirstOrDefault(c => c.Id == id) is { } change ? Results.Ok(change) : Results.NotFound());

        // R-DOC-3/4: approval with the implementation date, or rejection with reasons.
        code.MapPost("/changes/{id}/decision", async (string id, ChangeDecision decision, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await Code(grains).Decide(http.Command(new DecideChange(id, decision)))));
    }
}
