using AfterSales.Dashboard.App;
using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Campaigns;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;
using AfterSales.Persistence.ReadModels;
using AfterSales.Silo.Api;

namespace AfterSales.Silo.Web;

/// <summary>The web app's campaign pages: the campaign grain, the read model's progress, narrowed as the API's campaign endpoints narrow them.</summary>
public sealed class WebCampaigns(
    ReadModel readModel, IGrainFactory grains, BusinessCalendar calendar, [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    IServiceProvider services) : ICampaigns
{
    private DateOnly Today => calendar.LocalDate(clock.GetUtcNow());

    public async Task<ListPage<CampaignView>> List(Actor by, string? after, int limit)
    {
        var station = CampaignReach.StationOf(by, CampaignOperation.List);
        var page = await readModel.Campaigns(station, limit, after);
        return new(await readModel.WithProgress(page.Items, station, Today), page.Next);
    }

    public async Task<CampaignView> Read(Actor by, string id)
    {
        var station = CampaignReach.StationOf(by, CampaignOperation.Get);
        var view = (await readModel.WithProgress([await grains.Get<ICampaignGrain>(id).Get()], station, Today))[0];
        CampaignReach.RequireOwn(by, CampaignOperation.Get, station, view);
        return view;
    }

    public async Task<ListPage<CampaignMachine>> Machines(Actor by, string id, string? after, int limit)
    {
        var station = CampaignReach.StationOf(by, CampaignOperation.ListMachines);
        CampaignReach.RequireOwn(by, CampaignOperation.ListMachines, station, (await readModel.WithProgress([await grains.Get<ICampaignGrain>(id).Get()], station, Today))[0]);
        var page = await readModel.CampaignMachines(id, station, limit, after);
        return new(page.Items, page.Next);
    }

    public async Task<CampaignView> Create(Actor by, NewCampaign campaign, string? idempotencyKey)
    {
        var view = await grains.Get<ICampaignGrain>(campaign.Id).Create(by.By(campaign, idempotencyKey));
        if (services.GetService<CampaignEnrolment>() is { } enrolment)
        {
            await enrolment.EnrolFirstPage(view, CancellationToken.None);
        }

        return view;
    }
}
