using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;
using AfterSales.Persistence.ReadModels;
using AfterSales.Silo.Api.OpenApi;
using AfterSales.Silo.Api.Requests;

namespace AfterSales.Silo.Api;

/// <summary>
/// Service campaigns (docs/api.md "Service campaigns", R-CMP-1): defined by the technical department, one ticket per
/// machine, progress per station counted from the ticket list; a station reads its own machines' part.
/// </summary>
public static class CampaignEndpoints
{
    public static void MapCampaigns(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Service campaigns");

        campaigns.MapPost("/", async (NewCampaignBody? body, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            var c = TicketEndpoints.Required(body).ToCampaign();
            var view = await grains.Get<ICampaignGrain>(c.Id).Create(http.Command(c));
            // The first page of machines (up to 500) has its tickets when this answers; the rest follow at the next round.
            if (http.RequestServices.GetService<CampaignEnrolment>() is { } enrolment)
            {
                await enrolment.EnrolFirstPage(view, http.RequestAborted);
            }

            return TypedResults.Created($"/api/campaigns/{Uri.EscapeDataString(view.Id)}", (await readModel.WithProgress([view], null, Today(http)))[0]);
        }).Runs(CampaignOperation.Create, "createCampaign", "Create a service campaign (R-CMP-1)",
                "Over serials, or a product line with models and a commissioning range; each machine it reaches gets one campaign ticket, also one that enters it later. 400 R-CMP-1 names the field; an existing id 409.")
            .RequiresBody();

        campaigns.MapGet("/", async (int? limit, string? cursor, HttpContext http, ReadModel readModel) =>
        {
            var station = StationOf(http, CampaignOperation.List);
            var page = await readModel.Campaigns(station, ReadModel.Limit(limit), cursor);
            return http.Paged(page with { Items = await readModel.WithProgress(page.Items, station, Today(http)) });
        }).Runs(CampaignOperation.List, "listCampaigns", "List service campaigns",
            "Newest first, a page at a time, each with its progress; a station sees the campaigns of its machines and its part of them.");

        campaigns.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            var station = StationOf(http, CampaignOperation.Get);
            var campaign = await grains.Get<ICampaignGrain>(id).Get();
            var view = (await readModel.WithProgress([campaign], station, Today(http)))[0];
            RequireOwn(http, CampaignOperation.Get, station, view);
            return TypedResults.Ok(view);
        }).Runs(CampaignOperation.Get, "getCampaign", "Read a service campaign (R-CMP-1)",
            "The campaign with machines, done, open and overdue, in all and by station; a station reads only its part.");

        campaigns.MapGet("/{id}/machines", async (string id, int? limit, string? cursor, HttpContext http, IGrainFactory grains, ReadModel readModel) =>
        {
            var station = StationOf(http, CampaignOperation.ListMachines);
            var campaign = await grains.Get<ICampaignGrain>(id).Get();
            RequireOwn(http, CampaignOperation.ListMachines, station, (await readModel.WithProgress([campaign], station, Today(http)))[0]);
            return http.Paged(await readModel.CampaignMachines(id, station, ReadModel.Limit(limit), cursor));
        }).Runs(CampaignOperation.ListMachines, "listCampaignMachines", "The machines of a service campaign",
            "By serial, a page at a time, each with its campaign ticket and its status; a station sees its own.");
    }

    private static string? StationOf(HttpContext http, CampaignOperation operation) => CampaignReach.StationOf(http.Actor(), operation);

    private static void RequireOwn(HttpContext http, CampaignOperation operation, string? station, CampaignView view) =>
        CampaignReach.RequireOwn(http.Actor(), operation, station, view);

    /// <summary>Overdue is judged on the local date of the rules' clock.</summary>
    private static DateOnly Today(HttpContext http) =>
        http.RequestServices.GetRequiredService<BusinessCalendar>().LocalDate(http.RequestServices.GetRequiredKeyedService<TimeProvider>(RulesClock.Key).GetUtcNow());
}
