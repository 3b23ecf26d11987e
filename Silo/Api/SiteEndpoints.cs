using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.Grains.Common;
using AfterSales.Silo.Api.Requests;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Api;

public static class SiteEndpoints
{
    public static void MapSites(this RouteGroupBuilder api)
    {
        var sites = api.MapGroup("/sites").WithTags("Installation sites");

        sites.MapPost("/", async (NewSite s, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.Get<IInstallationSiteGrain>(s.Id).Register(http.Command(new SiteProfile(s.CustomerId, s.Address, s.Region)));
            return TypedResults.Created($"/api/sites/{Uri.EscapeDataString(view.Id)}", view);
        }).Runs(SiteOperation.Register, "registerSite", "Register an installation site of a customer");

        // By id, one page at a time (docs/api.md "Lists"); q finds an address or id, open=true the sites with problems awaiting an answer (R-INS-2).
        sites.MapGet("/", async (string? q, string? region, string? customerId, bool? open, int? limit, string? cursor, HttpContext http, ReadModel readModel) =>
        {
            var (actor, reach) = http.Reach(SiteOperation.List);
            var filter = DirectoryLists.For(actor, reach, new DirectoryFilter(q, region, OwnerId: customerId, NeedsAnswer: open), ownedByCustomers: true);
            return http.Paged(await readModel.Directory<SiteSummary>(OutboxKinds.Site, filter, ReadModel.Limit(limit), cursor));
        }).Runs(SiteOperation.List, "listSites", "List installation sites", "By id, a page at a time; q finds an address or id, customerId and region narrow, open=true those with installation problems awaiting an answer; a customer sees only its own.");

        sites.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.Get<IInstallationSiteGrain>(id).Read(http.Actor())))
            .Runs(SiteOperation.Get, "getSite", "Read a site", "With its installations and trainings; a customer reads only its own sites.");

        sites.MapPost("/{id}/installations", async (string id, NewInstallation i, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.Get<IInstallationSiteGrain>(id).Install(http.Command(i));
            return TypedResults.Created($"/api/sites/{Uri.EscapeDataString(id)}/installations/{Uri.EscapeDataString(i.MachineSerial)}", view);
        }).Runs(SiteOperation.Install, "installMachine", "Install a machine of the customer at the site");

        sites.MapGet("/{id}/installations/{serial}", async (string id, string serial, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.Get<IInstallationSiteGrain>(id).Read(http.Actor());
            return view.Installations.FirstOrDefault(i => i.MachineSerial == serial) is { } installation
                ? TypedResults.Ok(installation)
                : throw new NotFoundException("Installation", serial);
        }).Runs(SiteOperation.Get, "getInstallation", "Read an installation");

        sites.MapPost("/{id}/installations/{serial}/problems", async (string id, string serial, ProblemReport p, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.Get<IInstallationSiteGrain>(id).ReportProblem(serial, http.Command(p))))
            .Runs(SiteOperation.ReportProblem, "reportInstallationProblem", "Report a problem that needs technical support (R-INS-2)");

        sites.MapPost("/{id}/installations/{serial}/problems/{n:int}/answer", async (string id, string serial, int n, ProblemAnswer a, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.Get<IInstallationSiteGrain>(id).AnswerProblem(serial, n, http.Command(a))))
            .Runs(SiteOperation.AnswerProblem, "answerInstallationProblem", "Answer an installation problem (R-INS-2)");

        sites.MapPost("/{id}/installations/{serial}/acceptance", async (string id, string serial, AcceptanceChecklist c, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.Get<IInstallationSiteGrain>(id).RecordAcceptance(serial, http.Command(c))))
            .Runs(SiteOperation.RecordAcceptance, "recordAcceptance", "Record the GB acceptance checklist of a plant (R-INS-3)");

        sites.MapPost("/{id}/installations/{serial}/commissioning", async (string id, string serial, CommissioningReport r, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.Get<IInstallationSiteGrain>(id).Commission(serial, http.Command(r))))
            .Runs(SiteOperation.Commission, "commission", "Record the signed commissioning report (R-INS-1/4)");

        sites.MapGet("/{id}/trainings/{n:int}", async (string id, int n, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.Get<IInstallationSiteGrain>(id).Read(http.Actor());
            return view.Trainings.FirstOrDefault(t => t.Number == n) is { } training
                ? TypedResults.Ok(training)
                : throw new NotFoundException("Training", $"{id}/{n}");
        }).Runs(SiteOperation.Get, "getTraining", "Read a customer training");

        sites.MapPost("/{id}/trainings", async (string id, NewTraining t, HttpContext http, IGrainFactory grains) =>
        {
            var view = await grains.Get<IInstallationSiteGrain>(id).RecordTraining(http.Command(t));
            return TypedResults.Created($"/api/sites/{Uri.EscapeDataString(id)}/trainings/{view.Trainings[^1].Number}", view);
        }).Runs(SiteOperation.RecordTraining, "recordTraining", "Record a customer training (R-TRN-1/2)");
    }
}
