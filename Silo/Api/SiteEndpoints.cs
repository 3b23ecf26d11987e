using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.Silo.Api.Requests;

namespace AfterSales.Silo.Api;

public static class SiteEndpoints
{
    public static void MapSites(this RouteGroupBuilder api)
    {
        var sites = api.MapGroup("/sites").WithTags("Installation sites");

        sites.MapPost("/", async (NewSite s, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<IInstallationSiteGrain>(s.Id).Register(http.Command(new SiteProfile(s.CustomerId, s.Address, s.Region)));
            return Results.Created($"/api/sites/{Uri.EscapeDataString(view.Id)}", view);
        });

        // A customer reads only its own sites; staff read all.
        sites.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<IInstallationSiteGrain>(id).Get();
            http.Actor().RequireRead(view.CustomerId);
            return Results.Ok(view);
        });

        sites.MapPost("/{id}/installations", async (string id, NewInstallation i, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<IInstallationSiteGrain>(id).Install(http.Command(i));
            return Results.Created($"/api/sites/{Uri.EscapeDataString(id)}/installations/{Uri.EscapeDataString(i.MachineSerial)}", view);
        });

        sites.MapGet("/{id}/installations/{serial}", async (string id, string serial, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<IInstallationSiteGrain>(id).Get();
            http.Actor().RequireRead(view.CustomerId);
            return view.Installations.FirstOrDefault(i => i.MachineSerial == serial) is { } installation
                ? Results.Ok(installation)
                : throw new NotFoundException("Installation", serial);
        });

        sites.MapPost("/{id}/installations/{serial}/problems", async (string id, string serial, ProblemReport p, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IInstallationSiteGrain>(id).ReportProblem(serial, http.Command(p))));

        sites.MapPost("/{id}/installations/{serial}/problems/{n:int}/answer", async (string id, string serial, int n, ProblemAnswer a, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IInstallationSiteGrain>(id).AnswerProblem(serial, n, http.Command(a))));

        sites.MapPost("/{id}/installations/{serial}/acceptance", async (string id, string serial, AcceptanceChecklist c, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IInstallationSiteGrain>(id).RecordAcceptance(serial, http.Command(c))));

        sites.MapPost("/{id}/installations/{serial}/commissioning", async (string id, string serial, CommissioningReport r, HttpContext http, IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<IInstallationSiteGrain>(id).Commission(serial, http.Command(r))));

        sites.MapGet("/{id}/trainings/{n:int}", async (string id, int n, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<IInstallationSiteGrain>(id).Get();
            http.Actor().RequireRead(view.CustomerId);
            return view.Trainings.FirstOrDefault(t => t.Number == n) is { } training
                ? Results.Ok(training)
                : throw new NotFoundException("Training", $"{id}/{n}");
        });

        sites.MapPost("/{id}/trainings", async (string id, NewTraining t, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.GetGrain<IInstallationSiteGrain>(id).RecordTraining(http.Command(t));
            return Results.Created($"/api/sites/{Uri.EscapeDataString(id)}/trainings/{view.Trainings[^1].Number}", view);
        });
    }
}
