using System.Globalization;
using System.Text.RegularExpressions;
using AfterSales.Dashboard.App;
using AfterSales.Dashboard.App.Pages;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api;
using AfterSales.Silo.Web;
using AfterSales.Tests.Cluster;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.WebApp;

/// <summary>
/// The ticket page and the start page as components (bUnit), rendered against the real grains and read model of a
/// test cluster: each caller sees the forms of exactly the commands the access policy gives it, in its language.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class TicketPageComponentTests : IDisposable
{
    // Each page reads the real cluster: on a loaded 2-core machine that can take longer than bUnit's 1 s default.
    private static readonly TimeSpan Loaded = TimeSpan.FromSeconds(15);

    private readonly ClusterFixture fixture;
    private const string Versions = "ol.history, [role=alert]";

    private const string Kits = "tbody tr, [role=alert]";

    private readonly BunitContext _context = new();

    public TicketPageComponentTests(ClusterFixture fixture)
    {
        this.fixture = fixture;
        // The host's services of the pages: the cluster's grains and read model, the API's caller and JSON.
        var services = _context.Services;
        services.AddSingleton(fixture.Grains);
        services.AddSingleton<IWebCaller, WebCaller>();
        services.AddSingleton(fixture.Cluster.Service<LocalTimes>());
        services.AddSingleton<ITicketLists>(new WebTicketLists(fixture.ReadModel, fixture.Grains, ClusterFixture.Clock));
        services.AddSingleton<IDirectory>(new WebDirectory(fixture.ReadModel));
        services.AddSingleton<INotificationLog>(new WebNotificationLog(fixture.Cluster.Service<AfterSales.Silo.Notifications.NotificationStore>()));
        services.AddSingleton<IReadModelChanges>(new ReadModelChanges(fixture.Cluster.Service<AfterSales.Persistence.ReadModels.Projector>()));
        services.AddLocalization();
        services.Configure<JsonOptions>(o => ApiHosting.Configure(o.SerializerOptions));
    }

    [Fact]
    public async Task The_assistant_sees_the_desk_forms_the_customer_only_its_own_and_a_stranger_no_ticket()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var ticket = await s.Open();

        var desk = Ticket(Assistant, ticket.Id, "en");
        // Received: the desk's next step is to classify; assigning, a reply and a wait are folded away; not filing or the
        // customer's confirmation, no warranty parts before the phone check, no wait to end; files in any status.
        Assert.Equal(["Classify"], Forms(desk, "section.next"));
        Assert.Equal(["Assign", "ReplyToCustomer", "StartCustomerWait"], Forms(desk, "details.more"));
        Assert.Equal(["Classify", "Assign", "ReplyToCustomer", "StartCustomerWait", "Attach"], Forms(desk));
        Assert.Contains("Received", desk.Find("dl").TextContent);

        var customer = Ticket(new Actor($"user-{s.CustomerId}", Role.Customer, s.CustomerId), ticket.Id, "zh");
        // A customer may only add photos of the fault to its own ticket.
        Assert.Equal(["Attach"], Forms(customer));
        Assert.Contains("已受理", customer.Find("dl").TextContent);

        var stranger = Ticket(new Actor("someone", Role.Customer, "C-someone-else"), ticket.Id, "en");
        Assert.Empty(Forms(stranger));
        Assert.Contains("may not", stranger.Find("[role=alert]").TextContent);

        var engineer = Ticket(Engineer("E-not-assigned"), ticket.Id, "en");
        Assert.DoesNotContain("RecordContact", Forms(engineer));
    }

    [Fact]
    public async Task R_ENG_2_the_managers_next_step_is_the_dispatch_prefilled_with_the_responsible_engineer_and_the_kits_tools_ticked()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer(
            DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().UtcDateTime).AddMonths(-3))).WithEngineer();
        var contacted = await s.TicketAt(TicketStatus.Contacted);
        var page = Ticket(Manager, contacted.Id, "en");
        // Before a failed phone attempt there is no dispatch to offer (R-TKT-4); the engineer's attempt leads.
        Assert.DoesNotContain("Dispatch", Forms(page));
        Assert.Equal(["RecordPhoneAttempt"], Forms(page, "section.next"));

        // R-WTY-2: warranty parts approved go with the dispatch.
        await s.Ticket(contacted.Id).RequestWarrantyParts(s.Engineer.By(new WarrantyPartsRequest([new PartLine("P-4711", 1)])));
        await s.Ticket(contacted.Id).DecideWarrantyParts(Manager.By(new WarrantyPartsDecision(true)));

        await s.Ticket(contacted.Id).RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(false, "did not help")));
        page = Ticket(Manager, contacted.Id, "zh");
        Assert.Equal(["Dispatch", "ApplyForWarrantyParts"], Forms(page, "section.next"));
        Assert.DoesNotContain("DecideWarrantyParts", Forms(page));
        Assert.Equal(s.EngineerId, page.Find("#Dispatch-engineerId").GetAttribute("value"));
        var tools = page.FindAll("section.next form[data-operation=Dispatch] input[type=checkbox][name=tools]");
        Assert.Equal(Scenario.TruckMixerKit, tools.Select(t => t.GetAttribute("value")));
        Assert.All(tools, t => Assert.True(t.HasAttribute("checked")));
        Assert.Equal("", page.Find("#Dispatch-tools-more").TextContent);
        Assert.Equal("P-4711", page.Find("#Dispatch-parts").TextContent);
    }

    [Fact]
    public async Task R_TKT_6_the_findings_pick_photos_by_their_thumbnails_beside_the_camera_and_leave_responsibility_to_the_engineer()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var onSite = await s.TicketAt(TicketStatus.OnSite);
        var (photo, _) = await Scenario.Attach(s.Ticket(onSite.Id), s.Engineer, AttachmentKind.Photo);
        await Scenario.Attach(s.Ticket(onSite.Id), Assistant, AttachmentKind.Scan);

        var page = Ticket(s.Engineer, onSite.Id, "zh");
        Assert.Equal(["RecordSiteFindings", "TakePhoto", "Escalate"], Forms(page, "section.next"));
        // Only the photos are offered, each by its thumbnail, none picked for the engineer.
        var picked = page.FindAll("form[data-operation=RecordSiteFindings] fieldset.photos label");
        var only = Assert.Single(picked);
        Assert.Equal($"/api/attachments/{photo}/thumbnail", only.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal(photo, only.QuerySelector("input[type=checkbox][name=photos]")!.GetAttribute("value"));
        Assert.False(only.QuerySelector("input")!.HasAttribute("checked"));
        var camera = page.Find("form[data-operation=TakePhoto] input[type=file]");
        Assert.Equal("image/*", camera.GetAttribute("accept"));
        Assert.Equal("environment", camera.GetAttribute("capture"));
        // Responsibility is a required choice with nothing chosen: no silent "customer".
        var responsibility = page.Find("#RecordSiteFindings-responsibility");
        Assert.True(responsibility.HasAttribute("required"));
        var chosen = responsibility.QuerySelectorAll("option").Single(o => o.HasAttribute("selected"));
        Assert.Equal("", chosen.GetAttribute("value"));
        // The upload form says what kind of file it is, not "check or claim".
        Assert.Contains("文件类型", page.Find("label[for=attach-kind]").TextContent);
    }

    [Fact]
    public async Task R_TKT_8_the_report_is_prefilled_with_the_resolution_and_the_parts_taken()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var resolved = await s.TicketAt(TicketStatus.Resolved);
        var page = Ticket(s.Engineer, resolved.Id, "en");
        Assert.Equal(["SubmitReport"], Forms(page, "section.next"));
        Assert.Equal(resolved.ResolutionSummary, page.Find("#SubmitReport-workDone").TextContent);
        Assert.Equal("pump seal kit", page.Find("#SubmitReport-partsUsed").TextContent);
    }

    [Fact]
    public async Task A_submitted_report_shows_its_content_fingerprint_and_copies_and_the_customer_may_sign_it_there()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var ticket = await s.TicketAt(TicketStatus.ReportSubmitted);

        var page = Ticket(new Actor($"user-{s.CustomerId}", Role.Customer, s.CustomerId), ticket.Id, "en");
        Assert.Contains(ticket.Report!.ContentSha256, page.Markup);
        Assert.Contains("not signed yet", page.Markup);
        Assert.Contains(ticket.Report.Content.WorkDone, page.Markup);
        Assert.Equal(["SignReport"], Forms(page, "section.next"));
        Assert.Equal(["SignReport", "Attach"], Forms(page));
    }

    [Fact]
    public async Task R_TKT_8_the_page_shows_the_customers_copy_with_the_customer_after_filing_and_after_a_reopening()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var ticket = await s.TicketAt(TicketStatus.ReportFiled);
        var customer = new Actor($"user-{s.CustomerId}", Role.Customer, s.CustomerId);

        var filed = Ticket(Assistant, ticket.Id, "zh");
        Assert.Equal("原件: 售后档案; 用户副本: 用户", filed.Find("[data-copies]").TextContent);

        await s.Ticket(ticket.Id).Confirm(customer.By(new Confirmation(false, 2, "still noisy")));
        var reopened = Ticket(customer, ticket.Id, "en");
        Assert.Equal(["original: the after-sales archive; customer's duplicate: the customer"], reopened.FindAll("[data-earlier-reports] [data-copies]").Select(e => e.TextContent));
    }

    [Fact]
    public async Task The_desk_queue_counts_what_is_due_and_a_ticket_moves_on_from_classify_to_assign()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer();
        var ticket = await s.Open();

        var start = StartPage(Manager, "en");
        Assert.Equal(Enum.GetValues<DeskQueue>().Length, start.FindAll("ul.queue li").Count);
        Assert.True(int.Parse(start.Find("ul.queue a[href='/app?queue=Classify'] strong").TextContent) >= 1);
        Assert.Contains("to assign an engineer", start.Find("ul.queue").TextContent);
        Assert.True(InQueue(Manager, "en", "/app?queue=Classify", ticket.Id));

        await fixture.Grains.GetGrain<ITicketGrain>(ticket.Id).Classify(Assistant.By(new Classification(TicketCategory.Breakdown, false)));
        Assert.False(InQueue(Manager, "zh", "/app?queue=Classify", ticket.Id));
        Assert.True(InQueue(Manager, "zh", "/app?queue=Assign", ticket.Id));
        var assign = StartPage(Manager, "zh", "/app?queue=Assign");
        Assert.Equal("待指派工程师", assign.Find("h2:last-of-type").TextContent);
    }

    [Fact]
    public async Task The_alerts_page_lists_a_breach_for_the_desk_and_only_the_manager_may_acknowledge_it()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var monday = ClusterFixture.MoveToWorkingMonday(9);
        var ticket = await s.TicketAt(TicketStatus.Classified);
        // R-TKT-3: no contact within the first-response target; the SLA review marks the breach and raises its alert.
        ClusterFixture.MoveTo(monday.AddHours(4));
        await s.Ticket(ticket.Id).ReviewSla();

        var manager = Page<Alerts>(Manager, "en");
        var row = manager.FindAll("tbody tr").Single(r => r.TextContent.Contains(ticket.Id, StringComparison.Ordinal));
        Assert.Contains("First response", row.TextContent);
        Assert.NotNull(row.QuerySelector("form[data-alert] button"));

        var assistant = Page<Alerts>(Assistant, "zh");
        var seen = assistant.FindAll("tbody tr").Single(r => r.TextContent.Contains(ticket.Id, StringComparison.Ordinal));
        Assert.Null(seen.QuerySelector("form[data-alert]"));
        Assert.Contains("首次响应", seen.TextContent);

        var customer = Page<Alerts>(new Actor($"user-{s.CustomerId}", Role.Customer, s.CustomerId), "en");
        Assert.Empty(customer.FindAll("tbody tr"));
        Assert.Contains("R-TKT-5", customer.Find("[role=alert]").TextContent);
    }

    [Fact]
    public async Task A_Chinese_page_tells_a_walked_tickets_history_in_Chinese_sentences_and_its_refusals_in_Chinese()
    {
        // A ticket from fax to closure, typed in Chinese as the desk and the engineer type it.
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var id = $"T-{Guid.NewGuid():N}"[..14];
        var t = s.Ticket(id);
        var customer = People.Customer(s.CustomerId);
        await t.Open(Assistant.By(new OpenTicket(IntakeChannel.Fax, s.CustomerId, s.Serial, "搅拌筒不转，液压泵有异响")));
        await t.Classify(Assistant.By(new Classification(TicketCategory.Breakdown, true)));
        await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
        await t.RecordContact(s.Engineer.By(new ContactNote("已与工地工长通话")));
        var refusal = await Assert.ThrowsAsync<RuleViolationException>(
            () => t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, []))));
        await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(false, "复位溢流阀无效")));
        await t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, ["液压泵密封件"])));
        await t.RecordArrival(s.Engineer.By(new Arrival()));
        var (photo, _) = await Scenario.Attach(t, s.Engineer, AttachmentKind.Photo);
        await t.RecordSiteFindings(s.Engineer.By(new SiteFindings(
            true, true, "液压泵密封件磨损", Responsibility.Supplier, [photo], true, ["拧紧托轮螺栓"], ["该批密封件磨损过早"])));
        await t.Resolve(s.Engineer.By(new Resolution("更换液压泵密封件")));
        await t.SubmitReport(s.Engineer.By(new ReportDraft("更换液压泵密封件，试转搅拌筒", ["液压泵密封件"])));
        await t.SignReport(customer.By(new ReportSignature("刘工长", Rating: 5)));
        await t.ReviewReport(Manager.By(new ReportReview(true, "同意")));
        var (scan, _) = await Scenario.Attach(t, Assistant, AttachmentKind.Scan);
        await t.FileReport(Assistant.By(new ReportFiling(scan)));
        await t.ReplyToCustomer(Assistant.By(new CustomerReply("您的搅拌车已修复")));
        Assert.Equal(TicketStatus.Closed, (await t.Confirm(customer.By(new Confirmation(true, 5, "很快")))).Status);
        // The whole trail, as the staff read it (a customer's answer holds its own steps only).
        var closed = await t.Get();

        // Every entry has a phrase whose code has a text in both languages, and the English text is the entry's Detail.
        foreach (var h in closed.History)
        {
            Assert.NotNull(h.Phrase);
            Assert.NotNull(Phrases.Template(h.Phrase.Code, new CultureInfo("zh")));
            var english = Phrases.Template(h.Phrase.Code, CultureInfo.InvariantCulture);
            Assert.NotNull(english);
            var args = h.Phrase.Args.Select(a => (object)(Phrase.AsEnum(a) is var (_, value) ? value : Phrases.Argument(a, CultureInfo.InvariantCulture))).ToArray();
            Assert.Equal(h.Detail, string.Format(CultureInfo.InvariantCulture, english, args));
        }

        var page = Ticket(Assistant, id, "zh");
        var entries = page.FindAll("ol[data-timeline] li").Select(li => li.TextContent).ToList();
        Assert.Equal(closed.History.Count, entries.Count);
        Assert.Contains(entries, e => e.Contains("已分类为故障，疑似保修；已报告服务经理"));
        Assert.Contains(entries, e => e.Contains("经传真受理：搅拌筒不转，液压泵有异响"));
        Assert.Contains(entries, e => e.Contains("现场检查结果：液压泵密封件磨损；责任方：供应商；质量问题记录 1 条"));

        // What is left once the ids, serials, user ids, the engineer's name (beside its id), file names and tool names of
        // this scenario are taken out is Chinese.
        var ours = new List<string> { $"Engineer {s.EngineerId}", id, s.EngineerId, s.CustomerId, s.Serial, Assistant.UserId, Manager.UserId, customer.UserId, "seal-1.jpg", "report-1.pdf" };
        ours.AddRange(Scenario.TruckMixerKit);
        ours.AddRange(closed.Attachments.SelectMany(a => new[] { a.Id, a.Sha256[..12] }));
        foreach (var entry in entries)
        {
            var rest = ours.OrderByDescending(o => o.Length).Aggregate(entry, (text, o) => text.Replace(o, " "));
            Assert.False(EnglishWord().IsMatch(rest), $"an English word in the Chinese history: {entry}");
        }

        // The refusal as the page explains it: the rule, then the reason in Chinese.
        var texts = _context.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Texts>>();
        CultureInfo.CurrentUICulture = new CultureInfo("zh");
        var explained = AfterSales.Dashboard.App.Refusals.Explain(texts, refusal)!;
        Assert.Equal("规则 R-TKT-4 不允许：R-TKT-4：派工赴现场前，须有一次未能解决问题的电话处理记录。", explained);
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        Assert.Equal($"Refused by rule R-TKT-4: {refusal.Message}", AfterSales.Dashboard.App.Refusals.Explain(texts, refusal));
    }

    [Fact]
    public async Task A_Chinese_site_page_tells_its_history_in_Chinese_sentences()
    {
        var s = await AfterSales.Tests.Sites.SiteScenario.Create(fixture.Grains);
        await s.InstallMixer();
        await s.CommissionMixer();
        var site = await s.InstallPlant();

        var http = Signed(Assistant, "zh");
        var page = _context.Render<SitePage>(p => p.AddCascadingValue(http).Add(x => x.Id, s.SiteId));
        page.WaitForState(() => page.FindAll("ol[data-timeline] li, [role=alert]").Count > 0, Loaded);
        var entries = page.FindAll("ol[data-timeline] li").Select(li => li.TextContent).ToList();
        Assert.Equal(site.History.Count, entries.Count);
        Assert.Contains(entries, e => e.Contains($"搅拌车 {s.MixerSerial} 于 ") && e.Contains("调试完成；原件由销售部保管；保修期开始"));

        // Ids, serials, models, user ids and the file's name and hash of this scenario taken out, what is left is Chinese.
        string[] ours =
        [
            s.SiteId, s.World.CustomerId, s.MixerSerial, s.PlantSerial, "HTM1204", "HZS180", "commissioning-plant-1.pdf",
            Assistant.UserId, Sales.UserId, AfterSales.Tests.Sites.SiteScenario.Installer.UserId, AfterSales.Tests.Sites.SiteScenario.FieldDirector.UserId,
        ];
        foreach (var entry in entries)
        {
            var rest = Hash().Replace(ours.OrderByDescending(o => o.Length).Aggregate(entry, (text, o) => text.Replace(o, " ")), " ");
            Assert.False(EnglishWord().IsMatch(rest), $"an English word in the Chinese history: {entry}");
        }
    }

    [GeneratedRegex("[0-9a-f]{12}")]
    private static partial Regex Hash();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();

    [Fact]
    public async Task A_customer_reads_its_machines_and_their_service_history_and_not_another_customers()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer();
        var ticket = await s.Open();

        var own = Customer(new Actor($"user-{s.CustomerId}", Role.Customer, s.CustomerId), s.CustomerId, "zh");
        Assert.Contains(s.Serial, own.Find("h3").TextContent);
        Assert.NotNull(own.Find($"a[href='/app/tickets/{ticket.Id}']"));

        var other = Customer(new Actor("someone", Role.Customer, "C-someone-else"), s.CustomerId, "en");
        Assert.Empty(other.FindAll("h3"));
        Assert.Contains("may not", other.Find("[role=alert]").TextContent);
    }

    [Fact]
    public async Task The_warehouse_sees_the_return_of_an_old_part_and_the_quality_department_its_check_once_it_is_back()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer(
            DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().UtcDateTime).AddMonths(-3))).WithEngineer();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);
        await t.RequestWarrantyParts(s.Engineer.By(new WarrantyPartsRequest([new PartLine("P-4711", 1)])));
        await t.DecideWarrantyParts(Manager.By(new WarrantyPartsDecision(true)));
        var applied = await t.ApplyForWarrantyParts(Assistant.By<string?>(null));
        var warehouse = new Actor("warehouse-ma", Role.Warehouse);
        var quality = new Actor("quality-zhou", Role.QualityDepartment);

        // R-WTY-3: the part is expected back: the warehouse may receive it, the quality department has nothing to check yet.
        Assert.Contains("ReturnOldPart", Forms(Ticket(warehouse, applied.Id, "en")));
        Assert.DoesNotContain("DispositionOldPart", Forms(Ticket(quality, applied.Id, "en")));

        await t.ReturnOldPart(warehouse.By(new OldPartCommand<OldPartReturn>("P-4711", new OldPartReturn(ReturnedBy.Engineer))));
        Assert.Contains("DispositionOldPart", Forms(Ticket(quality, applied.Id, "zh")));
        Assert.DoesNotContain("ReturnOldPart", Forms(Ticket(warehouse, applied.Id, "en")));
    }

    [Fact]
    public async Task The_engineer_page_gives_company_leaders_the_sanctions_and_the_staff_the_evaluations()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();

        var leader = EngineerPageOf(Leader, s.EngineerId, "en");
        Assert.Contains("yes", leader.Find("dl dd").TextContent);
        Assert.Equal(["RecordEvaluation", "Sanction"], Forms(leader));

        var assistant = EngineerPageOf(Assistant, s.EngineerId, "zh");
        Assert.Equal(["RecordEvaluation"], Forms(assistant));

        var customer = EngineerPageOf(new Actor($"user-{s.CustomerId}", Role.Customer, s.CustomerId), s.EngineerId, "en");
        Assert.Empty(customer.FindAll("dl"));
        Assert.Contains("may not", customer.Find("[role=alert]").TextContent);
    }

    [Fact]
    public async Task The_code_of_conduct_page_lets_the_staff_file_changes_and_only_leaders_decide()
    {
        await fixture.Grains.GetGrain<AfterSales.GrainInterfaces.CodeOfConduct.ICodeOfConductGrain>(AfterSales.GrainInterfaces.CodeOfConduct.ICodeOfConductGrain.Ref)
            .FileChange(Assistant.By(new AfterSales.GrainInterfaces.CodeOfConduct.ChangeApplication(1, "assistant-li", "R-TKT-3 target", "2 h", "1 h", "faster")));

        var leader = Page<CodeOfConductPage>(Leader, "en", Versions);
        Assert.Contains("FileChange", Forms(leader));
        Assert.Contains("Decide", Forms(leader));

        var assistant = Page<CodeOfConductPage>(Assistant, "zh", Versions);
        Assert.Equal(["FileChange"], Forms(assistant));

        var customer = Page<CodeOfConductPage>(new Actor("user-x", Role.Customer, "C-x"), "en", Versions);
        Assert.Empty(Forms(customer));
        Assert.Contains("may not", customer.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void The_tool_kits_page_shows_every_product_lines_kit_and_only_the_manager_sets_them()
    {
        var manager = Page<ToolKitsPage>(Manager, "en", Kits);
        Assert.Equal(3, manager.FindAll("tbody tr").Count);
        Assert.Equal(["Set", "Set", "Set"], Forms(manager));
        Assert.Contains("multimeter", manager.Find("tbody").TextContent);

        var engineer = Page<ToolKitsPage>(Engineer("E-any"), "zh", Kits);
        Assert.Equal(3, engineer.FindAll("tbody tr").Count);
        Assert.Empty(Forms(engineer));

        var station = Page<ToolKitsPage>(new Actor("station-user", Role.ServiceStation, StationId: "S-1"), "en", Kits);
        Assert.Empty(station.FindAll("tbody tr"));
        Assert.Contains("may not", station.Find("[role=alert]").TextContent);
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task The_live_news_of_a_change_is_in_the_page_s_language_whatever_thread_Orleans_brings_it_on()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var ticket = await s.Open();
        Signed(Assistant, "zh");
        var live = _context.Render<AfterSales.Dashboard.App.Live.TicketLive>(p => p.Add(x => x.TicketId, ticket.Id).Add(x => x.Version, ticket.Version));
        live.WaitForState(() => live.Find("div.live").GetAttribute("data-live") == "on", Loaded);

        // Someone at an English desk classifies it; the grain tells the page on a thread of Orleans', not the page's.
        await Task.Run(async () =>
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.CurrentCulture = new("en");
            await fixture.Grains.Get<ITicketGrain>(ticket.Id).Classify(Assistant.By(new Classification(TicketCategory.Breakdown)));
        });
        live.WaitForState(() => live.FindAll(".notice").Count > 0, Loaded);
        Assert.Contains("已分类", live.Find(".notice").TextContent);
    }

    private IRenderedComponent<EngineerPage> EngineerPageOf(Actor caller, string id, string language)
    {
        var http = Signed(caller, language);
        var page = _context.Render<EngineerPage>(p => p.AddCascadingValue(http).Add(x => x.Id, id));
        page.WaitForState(() => page.FindAll("dl, [role=alert]").Count > 0, Loaded);
        return page;
    }

    private IRenderedComponent<CustomerPage> Customer(Actor caller, string id, string language)
    {
        var http = Signed(caller, language);
        var page = _context.Render<CustomerPage>(p => p.AddCascadingValue(http).Add(x => x.Id, id));
        page.WaitForState(() => page.FindAll("dl, [role=alert]").Count > 0, Loaded);
        return page;
    }

    /// <param name="ready">What the page shows once it has read its data (or been refused it).</param>
    private IRenderedComponent<TPage> Page<TPage>(Actor caller, string language, string ready = "table, [role=alert]")
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var http = Signed(caller, language);
        var page = _context.Render<TPage>(p => p.AddCascadingValue(http));
        page.WaitForState(() => page.FindAll(ready).Count > 0, Loaded);
        return page;
    }

    private IRenderedComponent<TicketPage> Ticket(Actor caller, string id, string language)
    {
        var http = Signed(caller, language);
        var page = _context.Render<TicketPage>(p => p.AddCascadingValue(http).Add(x => x.Id, id));
        // The page has read the ticket (or been refused it).
        page.WaitForState(() => page.FindAll("dl, [role=alert]").Count > 0, Loaded);
        return page;
    }

    /// <summary>Whether a queue lists the ticket on one of its pages (a queue is by deadline: a new ticket may be on a later page).</summary>
    private bool InQueue(Actor caller, string language, string url, string ticketId)
    {
        for (string? next = url; next is not null;)
        {
            var page = StartPage(caller, language, next);
            if (page.FindAll($"a[href='/app/tickets/{ticketId}']").Count > 0)
            {
                return true;
            }

            next = page.FindAll("nav.pager a[rel=next]").SingleOrDefault()?.GetAttribute("href");
        }

        return false;
    }

    private IRenderedComponent<Start> StartPage(Actor caller, string language, string url = "/app")
    {
        _context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(url);
        var http = Signed(caller, language);
        var page = _context.Render<Start>(p => p.AddCascadingValue(http));
        page.WaitForState(() => page.FindAll("table, p").Count > 1, Loaded);
        return page;
    }

    private static HttpContext Signed(Actor caller, string language) => SignedRequest.As(caller, language);

    /// <param name="within">Only the forms inside what this selects (the next step, the folded actions).</param>
    private static List<string> Forms<TPage>(IRenderedComponent<TPage> page, string? within = null)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        [.. page.FindAll(within is null ? "form[data-operation]" : $"{within} form[data-operation]").Select(f => f.GetAttribute("data-operation")!)];
}
