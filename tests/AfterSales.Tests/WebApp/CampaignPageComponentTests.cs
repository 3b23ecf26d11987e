using System.Globalization;
using AfterSales.Dashboard.App;
using AfterSales.Dashboard.App.Pages;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;
using AfterSales.Persistence.ReadModels;
using AfterSales.Persistence.Settings;
using AfterSales.Silo.Web;
using AfterSales.Tests.Cluster;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.WebApp;

/// <summary>
/// The campaign pages (R-CMP-1) as components against the real grains and read model: the technical department starts a
/// campaign through the form, its machine gets its ticket at once, the campaign reads by station, a station not reached
/// is refused; the desk's queue of planned work holds the ticket.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CampaignPageComponentTests : IDisposable
{
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(15);

    private readonly ClusterFixture fixture;

    private readonly BunitContext _context = new();

    public CampaignPageComponentTests(ClusterFixture fixture)
    {
        this.fixture = fixture;
        // The enrolment the silo runs, so that the form's campaign has its tickets when it answers, as on the service.
        var enrolment = new ServiceCollection()
            .AddSingleton(new CampaignEnrolment(fixture.Grains, fixture.ReadModel, Options.Create(new CampaignOptions()), NullLogger<CampaignEnrolment>.Instance))
            .BuildServiceProvider();
        var services = _context.Services;
        services.AddSingleton(fixture.Grains);
        services.AddSingleton<IWebCaller, WebCaller>();
        services.AddSingleton(fixture.Cluster.Service<LocalTimes>());
        services.AddSingleton<IDirectory>(new WebDirectory(fixture.ReadModel));
        services.AddSingleton<ICampaigns>(new WebCampaigns(fixture.ReadModel, fixture.Grains, ClusterFixture.Calendar, ClusterFixture.Clock, enrolment));
        services.AddLocalization();
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task R_CMP_1_the_technical_department_starts_a_campaign_its_machine_gets_a_ticket_and_a_station_not_reached_is_refused()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer();
        var id = $"CMP-{Guid.NewGuid():N}"[..16];
        var due = DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().UtcDateTime).AddDays(30);

        var list = Render<CampaignsPage>(TechDept, "/app/campaigns", "zh");
        Assert.Equal(["CreateCampaign"], list.Page.FindAll("form[data-operation]").Select(f => f.GetAttribute("data-operation")));
        list.Http.Request.Form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["id"] = id, ["title"] = "搅拌筒减速机改装", ["reason"] = "减速机油封批次缺陷", ["kind"] = "Retrofit", ["serials"] = s.Serial,
            ["parts"] = "P-4711, P-4712", ["dueBy"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [FormValues.KeyName] = Guid.NewGuid().ToString("N"),
        });
        await list.Page.Find("form[data-operation=CreateCampaign]").SubmitAsync();

        Assert.Empty(list.Page.FindAll("[role=alert]"));
        Assert.EndsWith($"/app/campaigns/{id}?done=campaign.create", _context.Services.GetRequiredService<NavigationManager>().Uri);
        var ticket = await fixture.Grains.GetGrain<ITicketGrain>($"CMP-{id}-{s.Serial}").Get();
        Assert.Equal((IntakeChannel.Campaign, TicketCategory.Campaign, id), (ticket.Channel, ticket.Category, ticket.CampaignId));

        var page = Render<CampaignPage>(TechDept, $"/app/campaigns/{id}", "zh", p => p.Add(x => x.Id, id));
        Assert.Contains("共 1 台", page.Page.Find("dl").TextContent);
        Assert.Equal([s.Serial], page.Page.FindAll("table.campaign-machines tbody tr").Select(r => r.GetAttribute("data-serial")));
        Assert.Contains("改装", page.Page.Find("dl").TextContent);

        var stranger = Render<CampaignPage>(new Actor("station-x", Role.ServiceStation, StationId: "S-not-reached"), $"/app/campaigns/{id}", "en", p => p.Add(x => x.Id, id));
        Assert.Equal(403, stranger.Http.Response.StatusCode);
        Assert.Empty(stranger.Page.FindAll("table.campaign-machines"));

        // The desk's queue of planned work holds it (no contact or phone attempt first); the queue to assign does not.
        var now = ClusterFixture.Clock.GetUtcNow();
        Assert.Contains(ticket.Id, (await fixture.ReadModel.Tickets(DeskQueue.PlannedWork.Filter(now) with { CustomerId = s.CustomerId }, 50, null)).Items.Select(t => t.Id));
        Assert.DoesNotContain(ticket.Id, (await fixture.ReadModel.Tickets(DeskQueue.Assign.Filter(now) with { CustomerId = s.CustomerId }, 50, null)).Items.Select(t => t.Id));
    }

    [Fact]
    public void A_customer_has_no_campaign_list()
    {
        var list = Render<CampaignsPage>(Customer("C-someone"), "/app/campaigns", "en");

        Assert.Equal(403, list.Http.Response.StatusCode);
        Assert.Empty(list.Page.FindAll("form[data-operation]"));
    }

    private (IRenderedComponent<T> Page, DefaultHttpContext Http) Render<T>(Actor caller, string url, string language, Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : IComponent
    {
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        var http = SignedRequest.As(caller, language);
        var page = _context.Render<T>(p =>
        {
            p.AddCascadingValue(http);
            parameters?.Invoke(p);
        });
        page.WaitForState(() => page.FindAll("table, form, [role=status], [role=alert]").Count > 0, Loaded);
        return (page, http);
    }
}
