using System.Globalization;
using AfterSales.Dashboard.App;
using AfterSales.Dashboard.App.Pages;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.Silo.Api;
using AfterSales.Silo.Web;
using AfterSales.Tests.Cluster;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.WebApp;

/// <summary>
/// The machine page and the machine list (R-MCH-1, R-MCH-2) as components (bUnit) against the real grains and read model
/// of the shared test cluster: each role sees what the access policy gives it, its forms send their commands and the
/// refusals read in the page's language.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MachinePageComponentTests : IDisposable
{
    // Each page reads the real cluster: on a loaded 2-core machine that can take longer than bUnit's 1 s default.
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(15);

    private readonly ClusterFixture fixture;

    private readonly BunitContext _context = new();

    public MachinePageComponentTests(ClusterFixture fixture)
    {
        this.fixture = fixture;
        var services = _context.Services;
        services.AddSingleton(fixture.Grains);
        services.AddSingleton<IWebCaller, WebCaller>();
        services.AddSingleton(fixture.Cluster.Service<LocalTimes>());
        services.AddSingleton<IDirectory>(new WebDirectory(fixture.ReadModel));
        services.AddSingleton<IMachines>(new WebMachines(fixture.ReadModel, fixture.Grains, ClusterFixture.Clock));
        services.AddLocalization();
        services.Configure<JsonOptions>(o => ApiHosting.Configure(o.SerializerOptions));
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task R_MCH_1_a_customer_sees_its_own_machine_and_is_refused_another_customers()
    {
        var own = await new Scenario(fixture.Grains).WithCustomer(Months(-3));
        var other = await new Scenario(fixture.Grains).WithCustomer();
        var customer = Customer(own.CustomerId);

        var (page, http) = Machine(customer, own.Serial, "zh");
        Assert.Empty(page.FindAll("[role=alert]"));
        Assert.Contains("搅拌车", page.Find("dl").TextContent);
        Assert.Equal($"/app/customers/{own.CustomerId}", page.Find("dl a[href^='/app/customers/']").GetAttribute("href"));
        Assert.Contains("保修期内", page.Find("[data-warranty]").TextContent);
        // The owner records its own readings; it neither corrects them nor gives the machine away (the service manager's).
        Assert.Equal(["RecordHours"], Forms(page));
        Assert.Equal(200, http.Response.StatusCode);

        var (refused, refusedHttp) = Machine(customer, other.Serial, "zh");
        Assert.Contains("您的角色不能", refused.Find("[role=alert]").TextContent);
        Assert.Empty(refused.FindAll("dl"));
        Assert.Equal(403, refusedHttp.Response.StatusCode);

        // The manager may record, correct and move it to another owner.
        var (manager, _) = Machine(Manager, own.Serial, "en");
        Assert.Equal(["RecordHours", "ChangeOwner"], Forms(manager));
    }

    [Fact]
    public async Task R_MCH_2_the_desk_records_a_reading_through_the_form_and_the_page_shows_it()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer(Months(-3));
        var readAt = ClusterFixture.Clock.GetUtcNow().AddHours(-1);

        var (page, http) = Machine(Assistant, s.Serial, "en");
        Assert.Contains("No reading yet", page.Find("[data-hours]").TextContent);
        // The reading's time starts at now on the service's clock (the one R-MCH-2 judges "not in the future" by).
        Assert.Equal(LocalInput(ClusterFixture.Clock.GetUtcNow()), page.Find("#hours-at").GetAttribute("value"));
        http.Request.Form = Form(("hours", "120.5"), ("readAt", LocalInput(readAt)), (FormValues.KeyName, Guid.NewGuid().ToString("N")));
        await page.Find("form[data-operation=RecordHours]").SubmitAsync();

        // Post/Redirect/Get: the page is got again, saying what was done.
        Assert.Empty(page.FindAll("[role=alert]"));
        Assert.Contains("done=op.RecordHours", _context.Services.GetRequiredService<NavigationManager>().Uri);
        var again = Eventually(() => Machine(Assistant, s.Serial, "en").Page, p => p.FindAll("table.readings tbody tr").Count == 1);
        Assert.Contains("120.5", again.Find("[data-hours]").TextContent);
        var row = again.Find("table.readings tbody tr");
        Assert.Contains("120.5", row.TextContent);
        Assert.Contains("service desk", row.TextContent);
        Assert.Contains(Assistant.UserId, row.TextContent);
        Assert.Equal(120.5, (await fixture.Grains.GetGrain<IMachineGrain>(s.Serial).Get()).Hours?.Value);
        // The chart of the hours is drawn from the readings, at an address of its own.
        Assert.Equal($"/app/machines/{s.Serial}/hours.png", again.Find("figure.chart img").GetAttribute("src"));
    }

    [Fact]
    public async Task R_MCH_2_a_backwards_reading_through_the_form_is_refused_in_Chinese_and_changes_nothing()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer(Months(-3));
        var machine = fixture.Grains.GetGrain<IMachineGrain>(s.Serial);
        var first = ClusterFixture.Clock.GetUtcNow().AddHours(-2);
        await machine.RecordHours(Assistant.By(new HoursReading(300, first)));

        var (page, http) = Machine(Customer(s.CustomerId), s.Serial, "zh");
        http.Request.Form = Form(("hours", "250"), ("readAt", LocalInput(first.AddHours(1))), (FormValues.KeyName, Guid.NewGuid().ToString("N")));
        await page.Find("form[data-operation=RecordHours]").SubmitAsync();

        var alert = page.Find("[role=alert]").TextContent;
        Assert.Contains("R-MCH-2", alert);
        Assert.Contains("只增不减", alert);
        Assert.Equal(409, http.Response.StatusCode);
        Assert.Equal(300, (await machine.Get()).Hours?.Value);
    }

    [Fact]
    public async Task R_MCH_2_an_engineer_records_on_a_ticket_of_the_machine_assigned_to_them_and_the_manager_corrects_it_beside_the_original()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer(Months(-3))).WithEngineer();
        var ticket = await s.TicketAt(GrainInterfaces.Tickets.TicketStatus.Dispatched);
        var readAt = ClusterFixture.Clock.GetUtcNow().AddHours(-1);

        // Another engineer has no ticket of this machine: no form to read its meter.
        Assert.Empty(Forms(Machine(Engineer("E-not-assigned"), s.Serial, "zh").Page));

        // The ticket's assignment reaches the ticket list after its write: the page got again until it shows.
        var (page, http) = Eventually(() => Machine(s.Engineer, s.Serial, "zh"), p => Forms(p.Page).Count > 0);
        Assert.Equal(["RecordHours"], Forms(page));
        Assert.Equal(ticket.Id, page.Find("#hours-ticket option").GetAttribute("value"));
        http.Request.Form = Form(("hours", "80"), ("readAt", LocalInput(readAt)), ("ticketId", ticket.Id), (FormValues.KeyName, Guid.NewGuid().ToString("N")));
        await page.Find("form[data-operation=RecordHours]").SubmitAsync();
        Assert.Empty(page.FindAll("[role=alert]"));

        var manager = Eventually(() => Machine(Manager, s.Serial, "zh").Page, p => p.FindAll("table.readings tbody tr").Count == 1);
        Assert.Contains("工程师", manager.Find("table.readings tbody tr").TextContent);
        Assert.Equal($"/app/tickets/{ticket.Id}", manager.Find("table.readings tbody tr a").GetAttribute("href"));
        Assert.Equal(["RecordHours", "CorrectHours", "ChangeOwner"], Forms(manager));
        var (again, correcting) = Machine(Manager, s.Serial, "zh");
        correcting.Request.Form = Form(
            ("readAt", again.Find("#correct-at option").GetAttribute("value")!), ("hours", "60"), ("reason", "看错了仪表"), (FormValues.KeyName, Guid.NewGuid().ToString("N")));
        await again.Find("form[data-operation=CorrectHours]").SubmitAsync();
        Assert.Empty(again.FindAll("[role=alert]"));

        // The original stays, struck through, its correction beside it with who and why.
        var corrected = Eventually(() => Machine(Manager, s.Serial, "zh").Page, p => p.FindAll("table.readings ins[data-correction]").Count == 1);
        var row = corrected.Find("table.readings tbody tr");
        Assert.Equal("80", row.QuerySelector("del")!.TextContent);
        Assert.Contains("看错了仪表", row.QuerySelector("ins")!.TextContent);
        Assert.Contains("60", row.QuerySelector("ins")!.TextContent);
    }

    [Fact]
    public async Task R_MCH_1_the_manager_moves_the_machine_to_a_new_owner_and_the_page_lists_both_with_their_dates()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer(Months(-3));
        var buyer = await new Scenario(fixture.Grains).WithCustomer();
        var since = DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().UtcDateTime);

        var (page, http) = Machine(Manager, s.Serial, "en");
        http.Request.Form = Form(("customerId", buyer.CustomerId), ("since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (FormValues.KeyName, Guid.NewGuid().ToString("N")));
        await page.Find("form[data-operation=ChangeOwner]").SubmitAsync();
        Assert.Empty(page.FindAll("[role=alert]"));

        var (moved, _) = Machine(Manager, s.Serial, "en");
        Assert.Equal($"/app/customers/{buyer.CustomerId}", moved.Find("dl a[href^='/app/customers/']").GetAttribute("href"));
        var owners = moved.FindAll("ol.owners li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, owners.Count);
        Assert.Contains(s.CustomerId, owners[0]);
        Assert.Contains(buyer.CustomerId, owners[1]);
        Assert.Contains($"since {since:yyyy-MM-dd}", owners[1]);
        // The former owner no longer reads the machine.
        Assert.Equal(403, Machine(Customer(s.CustomerId), s.Serial, "en").Http.Response.StatusCode);
    }

    [Fact]
    public async Task R_MCH_1_the_list_shows_a_customer_only_its_own_machines_and_filters_by_text_and_line()
    {
        var own = await new Scenario(fixture.Grains).WithCustomer();
        var other = await new Scenario(fixture.Grains).WithCustomer();

        // The customer's list is "my machines": its own, never another's, even searched by serial.
        var mine = Eventually(() => List(Customer(own.CustomerId), "/app/machines"), p => Serials(p).Count > 0);
        Assert.Equal([own.Serial], Serials(mine));
        Assert.Equal("我的设备", mine.Find("h1").TextContent);
        Assert.Empty(Serials(List(Customer(own.CustomerId), $"/app/machines?q={other.Serial}")));

        // The desk finds either by serial; a line the machine is not of finds nothing.
        var found = Eventually(() => List(Assistant, $"/app/machines?q={other.Serial}"), p => Serials(p).Count > 0);
        Assert.Equal([other.Serial], Serials(found));
        Assert.Equal($"/app/machines/{other.Serial}", found.Find("tbody a").GetAttribute("href"));
        Assert.Equal("设备", found.Find("h1").TextContent);
        Assert.Equal([other.Serial], Serials(List(Assistant, $"/app/machines?q={other.Serial}&productLine=TruckMixer")));
        Assert.Empty(Serials(List(Assistant, $"/app/machines?q={other.Serial}&productLine=BatchingPlant")));
        // No plan raised anything yet: none of them is due for maintenance.
        Assert.Empty(Serials(List(Assistant, $"/app/machines?q={other.Serial}&maintenanceDue=true")));
    }

    private static DateOnly Months(int months) => DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().UtcDateTime).AddMonths(months);

    /// <summary>A moment as the page's datetime-local input holds it: on the business's clock face.</summary>
    private string LocalInput(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, fixture.Cluster.Service<LocalTimes>().Zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static FormCollection Form(params (string Name, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => new StringValues(f.Value)));

    private (IRenderedComponent<MachinePage> Page, HttpContext Http) Machine(Actor caller, string serial, string language)
    {
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/app/machines/{serial}");
        var http = Signed(caller, language);
        var page = _context.Render<MachinePage>(p => p.AddCascadingValue(http).Add(x => x.Serial, serial));
        page.WaitForState(() => page.FindAll("dl, [role=alert]").Count > 0, Loaded);
        return (page, http);
    }

    private IRenderedComponent<MachinesPage> List(Actor caller, string url)
    {
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        var http = Signed(caller, "zh");
        var page = _context.Render<MachinesPage>(p => p.AddCascadingValue(http));
        page.WaitForState(() => page.FindAll("table, [role=status], [role=alert]").Count > 0, Loaded);
        return page;
    }

    /// <summary>The page got again until it shows what the read model projects after the write (the outbox is delivered after it).</summary>
    private static T Eventually<T>(Func<T> render, Func<T, bool> shows)
    {
        var until = DateTime.UtcNow + Loaded;
        var page = render();
        while (!shows(page) && DateTime.UtcNow < until)
        {
            Thread.Sleep(200);
            page = render();
        }

        return page;
    }

    private static List<string> Serials(IRenderedComponent<MachinesPage> page) =>
        [.. page.FindAll("tbody tr").Select(r => r.GetAttribute("data-serial")!)];

    private static List<string> Forms(IRenderedComponent<MachinePage> page) =>
        [.. page.FindAll("form[data-operation]").Select(f => f.GetAttribute("data-operation")!)];

    private static DefaultHttpContext Signed(Actor caller, string language) => SignedRequest.As(caller, language);
}
