using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AfterSales.Tests.Browser;

/// <summary>
/// The web app in a real browser against the real silo process, every step through its pages only: a fax taken in and
/// classified and assigned by the assistant (Chinese, at the desk), contact and phone attempt by the engineer on a
/// 390 px phone, a refused dispatch that shows its rule, dispatch and approval by the manager (English), the site work
/// and report by the engineer, signature and rating by the customer, filing and reply by the assistant — until the
/// ticket is closed. Each person's page leads with their next step; what else they may do is folded away. Each page is checked with axe-core and for its width; screenshots in tests/TestResults/screenshots/.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class WebAppBrowserTests : IDisposable
{
    private static readonly string[] Serious = ["serious", "critical"];

    private readonly SiloData _data = new("webapp");

    [Fact]
    public async Task A_fax_goes_from_intake_to_closure_through_the_pages_of_every_role_in_both_languages()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            await using var chromium = await Chromium.Start();

            // The assistant, in Chinese at the desk: the fax is taken in for the customer's machine, classified, assigned.
            var desk = await As(chromium, silo, Role.ServiceAssistant, "assistant-li", "/app/intake?customerId=C-1&lang=zh", 1440);
            await desk.FillAsync("#intake-description", "搅拌筒不转");
            await desk.ClickAsync("form:has(#intake-description) button[type=submit]");
            await desk.WaitForURLAsync("**/app/tickets/T-*");
            var id = new Uri(desk.Url).AbsolutePath.Split('/')[^1];
            await Checked(desk, "app-ticket-received-zh-1440");
            await Run(desk, "Classify", ("category", "Breakdown"));
            Assert.Contains("已完成：分类", await desk.InnerTextAsync("main"));
            await Run(desk, "Assign", ("engineerId", "E-1"));

            // The engineer on a phone: only the engineer's commands; the contact and a phone attempt that did not solve it.
            var phone = await As(chromium, silo, Role.ServiceEngineer, "E-1", $"/app/tickets/{id}?lang=zh", 390);
            Assert.Equal(0, await phone.Locator("#Classify-category").CountAsync());
            await Run(phone, "RecordContact", ("notes", "已电话联系用户"));
            Assert.Contains("已完成：记录联系", await phone.InnerTextAsync("main"));
            await Checked(phone, "app-ticket-engineer-zh-390");

            // The manager, in English: no dispatch is offered before the phone attempt (R-TKT-4).
            var manager = await As(chromium, silo, Role.ServiceManager, "manager-wang", $"/app/tickets/{id}?lang=en", 1440);
            Assert.Equal(0, await manager.Locator("form[data-operation=Dispatch]").CountAsync());

            phone = await As(chromium, silo, Role.ServiceEngineer, "E-1", $"/app/tickets/{id}?lang=zh", 390);
            await Run(phone, "RecordPhoneAttempt", ("notes", "电话未能解决"));

            // Then the dispatch is the manager's next step: a tool of the kit left behind is refused by its rule, on the page.
            manager = await As(chromium, silo, Role.ServiceManager, "manager-wang", $"/app/tickets/{id}?lang=en", 1440);
            Assert.Equal("Dispatch", await manager.Locator("section.next form").First.GetAttributeAsync("data-operation"));
            await manager.Locator("form[data-operation=Dispatch] input[name=tools][value=multimeter]").UncheckAsync();
            await Run(manager, "Dispatch");
            Assert.Contains("Refused by rule R-ENG-2", await manager.InnerTextAsync("[role=alert]"));
            await Checked(manager, "app-ticket-refused-en-1440");
            // As the page offers it, with the responsible engineer and the kit, it goes through without typing.
            await Run(manager, "Dispatch");
            Assert.Contains("Done: Dispatch.", await manager.InnerTextAsync("main"));

            // On site, by phone: arrival, findings, the fix and the report.
            phone = await As(chromium, silo, Role.ServiceEngineer, "E-1", $"/app/tickets/{id}?lang=zh", 390);
            await Run(phone, "RecordArrival");
            // A photo of the trouble spot from the phone's camera, picked by its thumbnail as the supplier's evidence (R-TKT-6).
            await TakePhoto(phone, "seal.jpg");
            Assert.Equal(1, await phone.Locator("ul.evidence img").CountAsync());
            await PickPhoto(phone, "seal.jpg");
            await Run(phone, "RecordSiteFindings", ("workingClothes", "on"), ("safetyPrecautions", "on"), ("rootCause", "密封圈老化"), ("responsibility", "Supplier"), ("inspectionDone", "on"));
            await Run(phone, "Resolve", ("summary", "更换密封圈"));
            // The report starts from the resolution (R-TKT-8).
            Assert.Equal("更换密封圈", await phone.InputValueAsync("#SubmitReport-workDone"));
            await Run(phone, "SubmitReport", ("partsUsed", "密封圈"));

            // R-TKT-9: the customer signs with a finger on the engineer's phone; the drawing is kept as a PNG.
            await phone.Locator("#signature-pad").ScrollIntoViewIfNeededAsync();
            var pad = (await phone.Locator("#signature-pad").BoundingBoxAsync())!;
            await phone.Mouse.MoveAsync(pad.X + 20, pad.Y + pad.Height / 2);
            await phone.Mouse.DownAsync();
            foreach (var step in Enumerable.Range(1, 12))
            {
                await phone.Mouse.MoveAsync(pad.X + 20 + step * (pad.Width - 40) / 12, pad.Y + pad.Height / 2 + (step % 2 == 0 ? -15 : 15));
            }

            await phone.Mouse.UpAsync();
            await phone.ClickAsync("#signature-save");
            // The page reloads with the drawing among the files.
            await phone.Locator("ul.evidence li", new() { HasTextString = "signature.png" }).WaitForAsync();

            // The customer signs; the manager approves; the assistant files and replies; the customer confirms and rates.
            var customer = await As(chromium, silo, Role.Customer, "user-1", $"/app/tickets/{id}?lang=zh", 390, customerId: "C-1");
            await Run(customer, "SignReport", ("signedBy", "刘经理"));
            await Checked(customer, "app-ticket-customer-zh-390");
            manager = await As(chromium, silo, Role.ServiceManager, "manager-wang", $"/app/tickets/{id}?lang=en", 1440);
            await Run(manager, "ReviewReport", ("approved", "on"));
            desk = await As(chromium, silo, Role.ServiceAssistant, "assistant-li", $"/app/tickets/{id}?lang=zh", 1440);
            await Upload(desk, "Scan", SampleFiles.Pdf("signed report"), "report-0815.pdf", "application/pdf");
            await Run(desk, "FileReport");
            await Run(desk, "ReplyToCustomer", ("message", "问题已解决，感谢您的耐心。"));
            customer = await As(chromium, silo, Role.Customer, "user-1", $"/app/tickets/{id}?lang=zh", 390, customerId: "C-1");
            await Run(customer, "Confirm", ("solved", "on"), ("rating", "5"));
            Assert.Contains("已确认问题解决。", await customer.InnerTextAsync("main"));

            var closed = await world.Manager.GetAsync($"/api/tickets/{id}").Ok<TicketView>();
            Assert.Equal(TicketStatus.Closed, closed.Status);
            Assert.Equal("C-1", closed.CustomerId);
            desk = await As(chromium, silo, Role.ServiceAssistant, "assistant-li", "/app?lang=zh", 1440);
            await Checked(desk, "app-start-desk-zh-1440");

            // The quality department: this month's ticket count on the dashboard leads to this very ticket.
            var quality = await As(chromium, silo, Role.QualityDepartment, "qa-li", "/dashboard?lang=en", 1440);
            await quality.Locator("table.figures tbody tr").First.Locator("td a").Nth(1).ClickAsync();
            await quality.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.StartsWith("/dashboard/tickets", new Uri(quality.Url).AbsolutePath);
            await quality.Locator($"tbody a[href='/app/tickets/{id}']").ClickAsync();
            await quality.WaitForURLAsync($"**/app/tickets/{id}");
            Assert.Contains("Closed", await quality.InnerTextAsync("dl"));
            return true;
        });
    }

    [Fact]
    public async Task The_ticket_page_leads_with_the_next_step_prefilled_the_dispatch_goes_without_typing_and_photos_are_picked_by_their_thumbnails()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            var received = await world.Assistant.Post("/api/tickets", world.NewTicket).Ok<TicketView>(HttpStatusCode.Created);
            var id = (await world.OpenClassified("next-step")).Id;
            async Task Do(HttpClient by, string path, object body) => await by.Post($"/api/tickets/{id}/{path}", body).Ok<TicketView>();
            await Do(world.Assistant, "assign", new { engineerId = "E-1" });
            await Do(world.Engineer, "contact", new { notes = "called" });
            await Do(world.Engineer, "phone-attempts", new { solved = false });
            await using var chromium = await Chromium.Start();

            // The manager on a received ticket: classifying leads, the rest is folded away, no warranty-parts decision at all.
            var manager = await As(chromium, silo, Role.ServiceManager, "manager-wang", $"/app/tickets/{received.Id}?lang=en", 1440);
            Assert.Equal("Classify", await manager.Locator("main form[data-operation]").First.GetAttributeAsync("data-operation"));
            Assert.Equal(1, await manager.Locator("section.next form").CountAsync());
            Assert.Equal(0, await manager.Locator("form[data-operation=DecideWarrantyParts]").CountAsync());
            Assert.False(await manager.Locator("form[data-operation=Assign]").IsVisibleAsync());
            await manager.Locator("details.more > summary").ClickAsync();
            Assert.True(await manager.Locator("form[data-operation=Assign]").IsVisibleAsync());
            await Checked(manager, "app-ticket-next-received-en-1440");

            // R-ENG-2: the dispatch after a failed phone attempt is prefilled with the responsible engineer and the kit: one press.
            manager = await As(chromium, silo, Role.ServiceManager, "manager-wang", $"/app/tickets/{id}?lang=zh", 1440);
            Assert.Equal("E-1", await manager.InputValueAsync("#Dispatch-engineerId"));
            var submit = manager.Locator("section.next form[data-operation=Dispatch] button[type=submit]");
            var answered = manager.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
            await submit.ClickAsync();
            await answered;
            await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await NoError(manager);
            var dispatched = await world.Manager.GetAsync($"/api/tickets/{id}").Ok<TicketView>();
            Assert.Equal(TicketStatus.Dispatched, dispatched.Status);
            Assert.Equal("E-1", dispatched.Dispatch!.EngineerId);
            Assert.Equal(["hydraulic pressure gauge", "multimeter", "torque wrench set"], dispatched.Dispatch.Tools);

            // R-TKT-6: the engineer on a phone takes two photos with the camera and picks one of them by its thumbnail.
            await Do(world.Engineer, "arrival", new { });
            var phone = await As(chromium, silo, Role.ServiceEngineer, "E-1", $"/app/tickets/{id}?lang=zh", 390);
            Assert.Equal("RecordSiteFindings", await phone.Locator("section.next form").First.GetAttributeAsync("data-operation"));
            await TakePhoto(phone, "drum.jpg");
            await TakePhoto(phone, "seal.jpg");
            await PickPhoto(phone, "seal.jpg");
            await Checked(phone, "app-ticket-findings-zh-390");
            await Run(phone, "RecordSiteFindings", ("workingClothes", "on"), ("safetyPrecautions", "on"), ("rootCause", "密封圈老化"), ("responsibility", "Company"), ("inspectionDone", "on"));
            var found = await world.Manager.GetAsync($"/api/tickets/{id}").Ok<TicketView>();
            Assert.Equal([found.Attachments.Single(a => a.FileName == "seal.jpg").Id], found.SiteFindings!.Photos);
            Assert.Equal(Responsibility.Company, found.SiteFindings.Responsibility);

            // R-TKT-8: the report starts from the resolution; pressing the button is enough.
            await Run(phone, "Resolve", ("summary", "更换液压泵密封圈"));
            Assert.Equal("更换液压泵密封圈", await phone.InputValueAsync("#SubmitReport-workDone"));
            await Run(phone, "SubmitReport");
            var reported = await world.Manager.GetAsync($"/api/tickets/{id}").Ok<TicketView>();
            Assert.Equal("更换液压泵密封圈", reported.Report!.Content.WorkDone);
            return true;
        });
    }

    [Fact]
    public async Task A_command_answers_with_the_tickets_page_that_a_reload_does_not_send_again_and_approve_and_return_do_what_they_say()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            var returned = await world.SignedSiteReport("review-return");
            var approved = await world.SignedSiteReport("review-approve");
            await using var chromium = await Chromium.Start();

            var manager = await As(chromium, silo, Role.ServiceManager, "manager-wang", $"/app/tickets/{returned.Id}?lang=zh", 1440);
            Assert.Equal(2, await manager.Locator("form[data-operation=ReviewReport] button[type=submit]").CountAsync());
            await Run(manager, "ReviewReport", ("approved", "false"), ("comment", "照片不清楚，请补拍"));
            // The answer is the ticket's page got again (Post/Redirect/Get), saying what was done.
            Assert.Equal($"/app/tickets/{returned.Id}", new Uri(manager.Url).AbsolutePath);
            Assert.Equal("?lang=zh&done=ReviewReport.false", new Uri(manager.Url).Query);
            Assert.Contains("报告已退回修改", await manager.InnerTextAsync("p.done[role=status]"));
            var afterReturn = await world.Manager.GetAsync($"/api/tickets/{returned.Id}").Ok<TicketView>();
            Assert.Equal("history.ticket.report-returned", afterReturn.History[^1].Phrase?.Code);

            // Reload, Back and forth: nothing is sent again.
            await manager.ReloadAsync();
            await manager.GoBackAsync();
            await manager.GoForwardAsync();
            await manager.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(afterReturn.Version, (await world.Manager.GetAsync($"/api/tickets/{returned.Id}").Ok<TicketView>()).Version);

            await manager.GotoAsync(new Uri(silo.Address, $"/app/tickets/{approved.Id}?lang=en").ToString());
            await Run(manager, "ReviewReport", ("approved", "true"));
            Assert.Contains("Report approved.", await manager.InnerTextAsync("p.done[role=status]"));
            await manager.ReloadAsync();
            var afterApproval = await world.Manager.GetAsync($"/api/tickets/{approved.Id}").Ok<TicketView>();
            Assert.Equal(ReviewState.Approved, afterApproval.Report!.Review);
            Assert.Equal("history.ticket.report-approved", afterApproval.History[^1].Phrase?.Code);
            await Checked(manager, "app-ticket-approved-en-1440");
            return true;
        });
    }

    [Fact]
    public async Task A_ticket_that_is_not_the_callers_answers_403_and_one_that_does_not_exist_404_on_a_page()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            var ticket = await world.Assistant.Post("/api/tickets", world.NewTicket).Ok<TicketView>(HttpStatusCode.Created);
            await world.Manager.Post("/api/customers", new { id = "C-other", name = "Another", region = "Hebei" }).Ok<object>(HttpStatusCode.Created);
            await using var chromium = await Chromium.Start();
            var stranger = await As(chromium, silo, Role.Customer, "someone", "/app?lang=en", 390, customerId: "C-other");
            var answer = await stranger.GotoAsync(new Uri(silo.Address, $"/app/tickets/{ticket.Id}").ToString());
            Assert.Equal(403, answer!.Status);
            Assert.Contains("may not", await stranger.InnerTextAsync("[role=alert]"));
            Assert.Equal(404, (await stranger.GotoAsync(new Uri(silo.Address, "/app/tickets/T-none").ToString()))!.Status);
            var nowhere = await stranger.GotoAsync(new Uri(silo.Address, "/app/no/such/page").ToString());
            Assert.Equal(404, nowhere!.Status);
            Assert.Contains("No such page", await stranger.InnerTextAsync("main"));
            // The API keeps answering its clients with problem details.
            using var api = silo.Client(ProcessWorld.Token(Role.ServiceManager, "manager-wang"));
            var missing = await api.GetAsync("/api/no-such-thing");
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
            return true;
        });
    }

    [Fact]
    public async Task The_ticket_page_and_the_desk_queue_follow_what_someone_else_does_without_a_reload()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            var ticket = await world.Assistant.Post("/api/tickets", world.NewTicket).Ok<TicketView>(HttpStatusCode.Created);
            await using var chromium = await Chromium.Start();

            // The manager's desk is open on the queue; the assistant takes in a fax through the API.
            var desk = await As(chromium, silo, Role.ServiceManager, "manager-wang", "/app?lang=en", 1440);
            await Connected(desk);
            var toClassify = desk.Locator("ul.queue a[href='/app?queue=Classify'] strong");
            var before = int.Parse(await toClassify.InnerTextAsync());
            await world.Assistant.Post("/api/tickets", world.NewTicket).Ok<TicketView>(HttpStatusCode.Created);
            // Sooner than the queue's own ten-second recount: the silo's projector tells the page when it took the write in.
            await Assertions.Expect(toClassify).ToHaveTextAsync($"{before + 1}", new() { Timeout = 8_000 });

            // An engineer's phone is open on the ticket; the assistant classifies it: the page says so, no reload.
            var phone = await As(chromium, silo, Role.ServiceEngineer, "E-1", $"/app/tickets/{ticket.Id}?lang=zh", 390);
            await Connected(phone);
            Assert.Equal(0, await phone.Locator(".notice").CountAsync());
            await world.Assistant.Post($"/api/tickets/{ticket.Id}/classify", new { category = "Breakdown" }).Ok<TicketView>();
            var notice = phone.Locator(".notice");
            await Assertions.Expect(notice).ToContainTextAsync("已分类", new() { Timeout = 15_000 });
            Assert.Contains("assistant", await notice.InnerTextAsync());
            await Checked(phone, "app-ticket-live-zh-390");
            await notice.Locator("a").ClickAsync();
            await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Contains("已分类", await phone.InnerTextAsync("dl"));
            return true;
        });
    }

    [Fact]
    public async Task The_engineers_ticket_on_site_leads_my_tickets_the_desk_queue_leads_with_the_soonest_due_and_the_header_search_finds_tickets_customers_and_machines()
    {
        // More than a page of tickets for one engineer, taken in faster than a desk types.
        var settings = _data.Settings().PasswordOnly();
        settings["RateLimits:CommandsPerSecond"] = "1000";
        await using var silo = await SiloProcess.Start(settings);
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            await world.Assistant.Post("/api/customers", new { id = "C-2", name = "济南建业混凝土有限公司", region = "Shandong", city = "Jinan" }).Ok<object>(HttpStatusCode.Created);
            await world.Assistant.Post("/api/customers/C-2/machines", new { serial = "HB-7731", productLine = "BatchingPlant", model = "HZS90" }).Ok<object>(HttpStatusCode.Created);

            // The engineer's oldest ticket is on site; 52 newer ones wait to be contacted: more than a page.
            var onSite = (await world.OpenClassified("on-site")).Id;
            async Task Do(HttpClient by, string path, object body) => await by.Post($"/api/tickets/{onSite}/{path}", body).Ok<TicketView>();
            await Do(world.Assistant, "assign", new { engineerId = "E-1" });
            await Do(world.Engineer, "contact", new { notes = "called" });
            await Do(world.Engineer, "phone-attempts", new { solved = false });
            await Do(world.Manager, "dispatch", new { engineerId = "E-1", tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, parts = Array.Empty<string>() });
            await Do(world.Engineer, "arrival", new { });
            for (var i = 0; i < 52; i++)
            {
                var id = (await world.OpenClassified($"later-{i}")).Id;
                await world.Assistant.Post($"/api/tickets/{id}/assign", new { engineerId = "E-1" }).Ok<TicketView>();
            }

            await using var chromium = await Chromium.Start();
            var phone = await As(chromium, silo, Role.ServiceEngineer, "E-1", "/app?lang=zh", 390);
            var rows = phone.Locator("table.tickets tbody tr");
            Assert.Equal(onSite, await rows.First.GetAttributeAsync("data-ticket"));
            Assert.Equal(50, await rows.CountAsync());
            await phone.Locator("nav.pager a[rel=next]").ClickAsync();
            await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(3, await rows.CountAsync());
            await Checked(phone, "app-start-engineer-page2-zh-390");

            // Two faxes to classify: the desk's queue leads with the one due soonest, every row due no sooner than the one above.
            var first = (await world.Assistant.Post("/api/tickets", world.NewTicket, "fax-1").Ok<TicketView>(HttpStatusCode.Created)).Id;
            await world.Assistant.Post("/api/tickets", world.NewTicket, "fax-2").Ok<TicketView>(HttpStatusCode.Created);
            var desk = await As(chromium, silo, Role.ServiceManager, "manager-wang", "/app?queue=Classify&lang=en", 1440);
            var queue = desk.Locator("table.tickets tbody tr");
            Assert.Equal(2, await queue.CountAsync());
            var due = new List<long>();
            foreach (var row in await queue.AllAsync())
            {
                due.Add(long.Parse((await row.GetAttributeAsync("data-due"))!));
            }

            Assert.Equal(due.Order(), due);
            if (due[0] < due[1])
            {
                // Outside working hours both fall due at the same opening hour; otherwise the earlier fax is due first.
                Assert.Equal(first, await queue.First.GetAttributeAsync("data-ticket"));
            }

            Assert.Contains("Jianye", await queue.First.InnerTextAsync());
            Assert.Contains("left", await queue.First.InnerTextAsync());

            // The header's search box: a ticket by its id, a customer by a part of its Chinese name, a machine by its serial.
            async Task<IPage> Search(string text)
            {
                await desk.FillAsync("#header-q", text);
                await desk.Locator("header form.search button").ClickAsync();
                await desk.WaitForLoadStateAsync(LoadState.NetworkIdle);
                return desk;
            }

            await Search(onSite);
            Assert.Equal($"/app/tickets/{onSite}", await desk.Locator("[data-found=ticket] a").GetAttributeAsync("href"));
            await Search("建业混凝");
            Assert.Equal("/app/customers/C-2", await desk.Locator("[data-found=customers] a").First.GetAttributeAsync("href"));
            await Search("hb-7731");
            Assert.Contains("HB-7731", await desk.Locator("[data-found=machines]").InnerTextAsync());
            Assert.Contains("济南建业混凝土有限公司", await desk.Locator("[data-found=machines]").InnerTextAsync());
            await Checked(desk, "app-search-en-1440");
            return true;
        });
    }

    [Fact]
    public async Task Every_page_of_every_role_passes_axe_and_fits_a_phone_and_a_desk_in_both_languages()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            await world.Manager.Post("/api/stations", new { id = "S-1", name = "济南服务站", regions = new[] { "Shandong" }, productLines = new[] { "TruckMixer" }, validFrom = "2020-01-01", validTo = "2034-12-31" })
                .Ok<object>(HttpStatusCode.Created);
            var ticket = await world.OpenClassified("pages");
            await world.Assistant.Post("/api/customers/C-1/machines", new { serial = "BP-1", productLine = "BatchingPlant", model = "HZS120" }).Ok<object>(HttpStatusCode.Created);
            await world.Assistant.Post("/api/sites", new { id = "SITE-1", customerId = "C-1", address = "济南市历城区工业北路 88 号", region = "Shandong" }).Ok<object>(HttpStatusCode.Created);
            await world.Manager.Post("/api/sites/SITE-1/installations", new { machineSerial = "BP-1", productLine = "BatchingPlant" }).Ok<object>(HttpStatusCode.Created);
            using (var director = silo.Client(ProcessWorld.Token(Role.FieldDirector, "director-gao")))
            {
                await director.Post("/api/sites/SITE-1/installations/BP-1/problems", new { description = "配料秤漂移" }).Ok<object>();
            }

            await world.Manager.Post("/api/campaigns", new
            {
                id = "CMP-1", title = "配料秤传感器检查", reason = "传感器批次漂移", kind = "Inspection", serials = new[] { "BP-1" }, parts = new[] { "P-4711" },
                dueBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }).Ok<object>(HttpStatusCode.Created);

            await using var chromium = await Chromium.Start();
            var pages = new (Role Role, string Sub, string? Customer, string Name, string Path)[]
            {
                (Role.ServiceAssistant, "assistant-li", null, "start-desk", "/app"),
                (Role.ServiceAssistant, "assistant-li", null, "intake", "/app/intake?q=Jian"),
                (Role.ServiceAssistant, "assistant-li", null, "ticket-desk", $"/app/tickets/{ticket.Id}"),
                (Role.ServiceManager, "manager-wang", null, "alerts", "/app/alerts"),
                (Role.ServiceAssistant, "assistant-li", null, "customers", "/app/customers"),
                (Role.ServiceAssistant, "assistant-li", null, "customer", "/app/customers/C-1"),
                (Role.ServiceManager, "manager-wang", null, "engineers", "/app/engineers"),
                (Role.ServiceManager, "manager-wang", null, "engineer", "/app/engineers/E-1"),
                (Role.ServiceManager, "manager-wang", null, "stations", "/app/stations"),
                (Role.TechnicalDepartment, "td-sun", null, "sites-open", "/app/sites?open=true"),
                (Role.TechnicalDepartment, "td-sun", null, "site", "/app/sites/SITE-1"),
                (Role.Customer, "user-1", "C-1", "sites-customer", "/app/sites"),
                (Role.ServiceAssistant, "assistant-li", null, "sites-desk", "/app/sites"),
                (Role.SalesDepartment, "sales-sun", null, "site-sales", "/app/sites/SITE-1"),
                (Role.ServiceEngineer, "E-1", null, "site-engineer", "/app/sites/SITE-1"),
                (Role.FieldDirector, "director-gao", null, "site-director", "/app/sites/SITE-1"),
                (Role.ServiceManager, "manager-wang", null, "tool-kits", "/app/tool-kits"),
                (Role.CompanyLeader, "leader-zhao", null, "code-of-conduct", "/app/code-of-conduct"),
                (Role.ServiceEngineer, "E-1", null, "start-engineer", "/app"),
                (Role.Customer, "user-1", "C-1", "start-customer", "/app"),
                (Role.TechnicalDepartment, "td-sun", null, "start-technical", "/app"),
                (Role.Warehouse, "wh-qian", null, "start-warehouse", "/app"),
                (Role.Operations, "ops-ma", null, "start-operations", "/app"),
                (Role.QualityDepartment, "qa-li", null, "dashboard", "/dashboard"),
                (Role.QualityDepartment, "qa-li", null, "dashboard-tickets", "/dashboard/tickets"),
                (Role.QualityDepartment, "qa-li", null, "dashboard-responses", "/dashboard/responses"),
                (Role.QualityDepartment, "qa-li", null, "dashboard-old-parts", "/dashboard/old-parts"),
                (Role.QualityDepartment, "qa-li", null, "dashboard-bad-range", "/dashboard?from=2026-05-01&to=2026-01-01"),
                (Role.Customer, "user-1", "C-1", "refused-403", "/dashboard"),
                (Role.ServiceAssistant, "assistant-li", null, "not-found-404", "/app/no/such/page"),
                (Role.ServiceAssistant, "assistant-li", null, "account", "/account"),
                (Role.ServiceAssistant, "assistant-li", null, "search", "/app/search?q=TM"),
                (Role.ServiceAssistant, "assistant-li", null, "machines", "/app/machines"),
                (Role.ServiceManager, "manager-wang", null, "machine", "/app/machines/BP-1"),
                (Role.Customer, "user-1", "C-1", "machines-customer", "/app/machines"),
                (Role.Customer, "user-1", "C-1", "machine-customer", "/app/machines/BP-1"),
                (Role.TechnicalDepartment, "td-sun", null, "campaigns", "/app/campaigns"),
                (Role.ServiceManager, "manager-wang", null, "campaign", "/app/campaigns/CMP-1"),
            };
            foreach (var (width, lang) in new[] { (390, "zh"), (1440, "en") })
            {
                var anonymous = await chromium.Context.NewPageAsync();
                await anonymous.SetViewportSizeAsync(width, 900);
                foreach (var (name, path) in new[] { ("landing", "/"), ("login", "/login"), ("forgot-password", "/account/forgot") })
                {
                    await anonymous.GotoAsync(new Uri(silo.Address, $"{path}?lang={lang}").ToString());
                    await anonymous.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    await Checked(anonymous, $"page-{name}-{lang}-{width}");
                }

                foreach (var (role, sub, customer, name, path) in pages)
                {
                    var separator = path.Contains('?') ? '&' : '?';
                    var page = await As(chromium, silo, role, sub, $"{path}{separator}lang={lang}", width, customerId: customer);
                    Assert.True((lang == "zh" ? "zh-CN" : "en") == await page.GetAttributeAsync("html", "lang"), $"{name} is not in {lang}");
                    await Checked(page, $"page-{name}-{lang}-{width}");
                }
            }

            // The field director accepts the plant on its GB checklist, item by item, on the site's page (R-INS-3).
            var accepting = await As(chromium, silo, Role.FieldDirector, "director-gao", "/app/sites/SITE-1?lang=en", 390);
            var items = accepting.Locator("form[data-operation=RecordAcceptance] input[type=checkbox]");
            Assert.True(await items.CountAsync() > 0);
            foreach (var item in await items.AllAsync())
            {
                await item.CheckAsync();
            }

            await Submit(accepting, "RecordAcceptance");
            Assert.Equal(0, await accepting.Locator("p.error[role=alert]").CountAsync());
            Assert.Contains("BP-1 · Batching plant · accepted", await accepting.InnerTextAsync("main"));

            return true;
        });
    }

    [Fact]
    public async Task The_master_data_a_site_a_commissioning_and_a_training_are_entered_through_the_pages_only()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            await using var chromium = await Chromium.Start();

            // The assistant registers the customer and its truck mixer; the manager the engineer (R-TKT-1, R-ENG-1).
            var desk = await As(chromium, silo, Role.ServiceAssistant, "assistant-li", "/app/customers?lang=zh", 1440);
            await Submit(desk, "RegisterCustomer", ("customer-id", "C-jianye"), ("customer-name", "济南建业混凝土"), ("customer-region", "Shandong"), ("customer-city", "Jinan"));
            await desk.WaitForURLAsync("**/app/customers/C-jianye");
            await Submit(desk, "AddMachine", ("machine-serial", "TM-2026-002"), ("machine-line", "TruckMixer"), ("machine-model", "HTM1204"));
            Assert.Contains("TM-2026-002", await desk.InnerTextAsync("main"));
            var manager = await As(chromium, silo, Role.ServiceManager, "manager-wang", "/app/engineers?lang=en", 1440);
            await Submit(manager, "RegisterEngineer", ("engineer-id", "E-zhang"), ("engineer-name", "张工"), ("engineer-years", "6"), ("engineer-trained", "on"),
                ("engineer-line-TruckMixer", "on"), ("engineer-tools", "hydraulic pressure gauge\nmultimeter\ntorque wrench set"), ("engineer-city", "Jinan"));
            await manager.WaitForURLAsync("**/app/engineers/E-zhang");
            Assert.StartsWith("Qualified (R-ENG-1)\nyes", await manager.InnerTextAsync("dl"));

            // Sales registers the site and delivers the truck mixer there.
            var sales = await As(chromium, silo, Role.SalesDepartment, "sales-sun", "/app/sites?lang=zh", 1440);
            await Submit(sales, "RegisterSite", ("site-id", "S-jianye-licheng"), ("site-customer", "C-jianye"), ("site-address", "济南市历城区工业北路 88 号"), ("site-region", "Shandong"));
            await sales.WaitForURLAsync("**/app/sites/S-jianye-licheng");
            await Submit(sales, "Install", ("install-serial", "TM-2026-002"));

            // The engineer on a phone: training before commissioning is refused by its rule; after it, recorded.
            var phone = await As(chromium, silo, Role.ServiceEngineer, "E-zhang", "/app/sites/S-jianye-licheng?lang=en", 390);
            var training = new[] { ("training-machine-TM-2026-002", "on"), ("training-plan", "operation, daily cleaning of the drum, safety"),
                ("training-materials", "Product Operation Manual HTM1204\nCustomer Training Material"), ("training-attendees", "司机 张三\n司机 李四") };
            await Submit(phone, "RecordTraining", training);
            Assert.Contains("R-TRN-1", await phone.InnerTextAsync("p.error[role=alert]"));
            await Checked(phone, "app-site-training-refused-en-390");

            sales = await As(chromium, silo, Role.SalesDepartment, "sales-sun", "/app/sites/S-jianye-licheng?lang=zh", 1440);
            await Submit(sales, "Commission", ("sign-TM-2026-002-Driver", "司机 刘师傅"), ("sign-TM-2026-002-Customer", "王经理"));
            Assert.Contains("已调试", await sales.InnerTextAsync("main"));

            phone = await As(chromium, silo, Role.ServiceEngineer, "E-zhang", "/app/sites/S-jianye-licheng?lang=en", 390);
            await Submit(phone, "RecordTraining", training);
            Assert.Equal(0, await phone.Locator("p.error[role=alert]").CountAsync());
            Assert.Contains("司机 李四", await phone.InnerTextAsync("main"));

            // The warranty runs from the commissioning (R-INS-5): the customer sees the machine's date.
            var customer = await As(chromium, silo, Role.Customer, "buyer", "/app/customers/C-jianye?lang=en", 390, customerId: "C-jianye");
            Assert.Contains("TM-2026-002", await customer.InnerTextAsync("main"));
            await Checked(customer, "app-customer-en-390");
            return true;
        });
    }

    [Fact]
    public async Task A_double_click_on_a_slow_network_makes_one_of_anything_a_form_creates_and_a_form_sent_twice_answers_its_first_result()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            await using var chromium = await Chromium.Start();

            // The intake (R-TKT-1): double-clicked with 300 ms each way, one ticket; the button is disabled while it runs.
            var desk = await As(chromium, silo, Role.ServiceAssistant, "assistant-li", "/app/intake?customerId=C-1&lang=en", 1440);
            await Chromium.SlowNetwork(desk, 300);
            await desk.FillAsync("#intake-description", "drum stops: double-clicked");
            await DoubleClick(desk, "Open");
            await desk.WaitForURLAsync("**/app/tickets/T-*");
            var first = new Uri(desk.Url).AbsolutePath.Split('/')[^1];
            Assert.Equal([first], await TicketsOfC1(world, 1));

            // The same form sent twice past its button (a reload of the answer, a page without script): its key answers the first ticket.
            await desk.GotoAsync(new Uri(silo.Address, "/app/intake?customerId=C-1&lang=en").ToString());
            await desk.FillAsync("#intake-description", "drum stops: sent twice");
            var twice = await SentTwice(desk, "Open");
            Assert.Equal(twice[0].Url, twice[1].Url);
            Assert.Equal([twice[0].Url.Split('/')[^1], first], await TicketsOfC1(world, 2));

            // The customer and its machine, at the desk.
            await desk.GotoAsync(new Uri(silo.Address, "/app/customers?lang=en").ToString());
            await Fill(desk, ("customer-id", "C-dbl"), ("customer-name", "Jinan Double Concrete"), ("customer-region", "Shandong"));
            await DoubleClick(desk, "RegisterCustomer");
            await desk.WaitForURLAsync("**/app/customers/C-dbl");
            await NoError(desk);
            await Fill(desk, ("machine-serial", "TM-dbl-1"), ("machine-line", "TruckMixer"), ("machine-model", "HTM1204"));
            await DoubleClick(desk, "AddMachine");
            await NoError(desk);
            await Fill(desk, ("machine-serial", "TM-dbl-2"), ("machine-line", "TruckMixer"), ("machine-model", "HTM1204"));
            Assert.All(await SentTwice(desk, "AddMachine"), a => Assert.False(a.Refused, a.Url));
            var customer = await world.Assistant.GetAsync("/api/customers/C-dbl").Ok<AfterSales.GrainInterfaces.Customers.CustomerView>();
            Assert.Equal(["TM-dbl-1", "TM-dbl-2"], customer.Machines.Select(m => m.Serial));

            // The engineer, by the manager; the site, by sales.
            var manager = await As(chromium, silo, Role.ServiceManager, "manager-wang", "/app/engineers?lang=en", 1440);
            await Chromium.SlowNetwork(manager, 300);
            await Fill(manager, ("engineer-id", "E-dbl"), ("engineer-name", "Zhang"), ("engineer-years", "6"), ("engineer-trained", "on"),
                ("engineer-line-TruckMixer", "on"), ("engineer-tools", "multimeter"), ("engineer-city", "Jinan"));
            await DoubleClick(manager, "RegisterEngineer");
            await manager.WaitForURLAsync("**/app/engineers/E-dbl");
            await NoError(manager);
            var sales = await As(chromium, silo, Role.SalesDepartment, "sales-sun", "/app/sites?lang=en", 1440);
            await Chromium.SlowNetwork(sales, 300);
            await Fill(sales, ("site-id", "S-dbl"), ("site-customer", "C-dbl"), ("site-address", "Licheng, Jinan"), ("site-region", "Shandong"));
            await DoubleClick(sales, "RegisterSite");
            await sales.WaitForURLAsync("**/app/sites/S-dbl");
            await NoError(sales);

            // A photo of the ticket: one file double-clicked is one attachment; sent twice with its form's key, still one more.
            var phone = await As(chromium, silo, Role.ServiceAssistant, "assistant-li", $"/app/tickets/{first}?lang=zh", 390);
            await Chromium.SlowNetwork(phone, 300);
            await phone.SelectOptionAsync("#attach-kind", "Photo");
            await phone.SetInputFilesAsync("#attach-file", new FilePayload { Name = "seal.jpg", MimeType = "image/jpeg", Buffer = SampleFiles.Photo() });
            await DoubleClick(phone, "Attach");
            await phone.Locator("ul.evidence li", new() { HasTextString = "seal.jpg" }).WaitForAsync();
            Assert.Single((await world.Assistant.GetAsync($"/api/tickets/{first}").Ok<TicketView>()).Attachments);
            await phone.SetInputFilesAsync("#attach-file", new FilePayload { Name = "drum.jpg", MimeType = "image/jpeg", Buffer = SampleFiles.Photo() });
            await SentTwice(phone, "Attach");
            Assert.Equal(["seal.jpg", "drum.jpg"], (await world.Assistant.GetAsync($"/api/tickets/{first}").Ok<TicketView>()).Attachments.Select(a => a.FileName));

            // A ticket command's form too: a reply sent twice (a reload of its answer) and one double-clicked are two replies, not four.
            await Unfold(phone, "ReplyToCustomer");
            await phone.FillAsync("#ReplyToCustomer-message", "已安排工程师");
            await SentTwice(phone, "ReplyToCustomer");
            await phone.ReloadAsync();
            await Unfold(phone, "ReplyToCustomer");
            await phone.FillAsync("#ReplyToCustomer-message", "工程师明早到场");
            await DoubleClick(phone, "ReplyToCustomer");
            Assert.Equal(["已安排工程师", "工程师明早到场"], (await world.Assistant.GetAsync($"/api/tickets/{first}").Ok<TicketView>()).Replies.Select(r => r.Message));
            return true;
        });
    }

    public void Dispose() => _data.Dispose();

    /// <summary>Fills the inputs of a page's form by their ids.</summary>
    private static async Task Fill(IPage page, params (string Id, string Value)[] values)
    {
        foreach (var (id, value) in values)
        {
            var input = page.Locator($"#{id}");
            var kind = await input.EvaluateAsync<string>("e => e.tagName + ':' + (e.type || '')");
            if (kind.StartsWith("SELECT", StringComparison.Ordinal))
            {
                await input.SelectOptionAsync(value);
            }
            else if (kind.EndsWith(":checkbox", StringComparison.Ordinal))
            {
                await input.CheckAsync();
            }
            else
            {
                await input.FillAsync(value);
            }
        }
    }

    /// <summary>
    /// Double-clicks a form's button as an impatient person does: one request is sent, and the button is disabled while
    /// it runs (the page says so on its console just after the submit, before the answer replaces it).
    /// </summary>
    private static async Task DoubleClick(IPage page, string operation)
    {
        var form = page.Locator($"form[data-operation={operation}]");
        var posts = 0;
        var states = new List<string>();
        // The form's own requests (a live page's Blazor circuit posts its negotiation and its goodbye besides).
        void Sent(object? _, Microsoft.Playwright.IRequest r) => posts += r.Method == "POST" && r.IsNavigationRequest ? 1 : 0;
        void Told(object? _, IConsoleMessage m) => states.AddRange(m.Text.StartsWith("button disabled:", StringComparison.Ordinal) ? [m.Text] : []);
        page.Request += Sent;
        page.Console += Told;
        await form.EvaluateAsync("""
            form => form.addEventListener('submit', () => setTimeout(() =>
                console.log('button disabled: ' + form.querySelector('button[type=submit]').disabled), 50))
            """);
        var answered = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
        await form.Locator("button[type=submit]").DblClickAsync();
        await answered;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        page.Request -= Sent;
        page.Console -= Told;
        Assert.Equal(1, posts);
        // A second submit event may come before the answer (it is dropped): the button is disabled at each.
        Assert.NotEmpty(states);
        Assert.All(states, state => Assert.Equal("button disabled: true", state));
    }

    /// <summary>
    /// Sends a form's values twice at once, past its button (as a reload of its answer or a page without script would):
    /// where each answer ended, and whether it was a refusal.
    /// </summary>
    private static async Task<IReadOnlyList<(string Url, bool Refused)>> SentTwice(IPage page, string operation)
    {
        var answers = await page.Locator($"form[data-operation={operation}]").EvaluateAsync<string[][]>(
            """
            async form => Promise.all([0, 1].map(async () => {
                const answer = await fetch(form.action, { method: 'POST', body: new FormData(form) });
                const page = await answer.text();
                return [answer.url, String(!answer.ok || page.includes('class="error"'))];
            }))
            """);
        return [.. answers.Select(a => (a[0], a[1] == "true"))];
    }

    private static async Task NoError(IPage page) => Assert.Equal(0, await page.Locator("p.error[role=alert]").CountAsync());

    /// <summary>The tickets of customer C-1, newest first, once the read model has taken in at least <paramref name="expected"/>.</summary>
    private static async Task<IReadOnlyList<string>> TicketsOfC1(ProcessWorld world, int expected)
    {
        // The list is a read model: wait until it shows as many as expected, and a little longer for one more to show.
        IReadOnlyList<string> found = [];
        var until = DateTime.UtcNow.AddSeconds(20);
        DateTime? settled = null;
        while (DateTime.UtcNow < (settled ?? until))
        {
            var tickets = await world.Assistant.GetAsync("/api/tickets?customerId=C-1&limit=200").Ok<List<TicketSummary>>();
            found = [.. tickets.Select(t => t.Id)];
            if (found.Count >= expected)
            {
                settled ??= DateTime.UtcNow.AddSeconds(3);
            }

            await Task.Delay(250);
        }

        return found;
    }


    /// <summary>Fills the inputs of a page's form by their ids and submits it; the page that comes back is the answer.</summary>
    private static Task Submit(IPage page, string operation, params (string Id, string Value)[] values) => Submit(page, operation, null, values);

    /// <summary>As <see cref="Submit(IPage, string, (string, string)[])"/>, with the one of the form's buttons to press (its first when null).</summary>
    private static async Task Submit(IPage page, string operation, string? button, params (string Id, string Value)[] values)
    {
        await Unfold(page, operation);
        await Fill(page, values);
        var answered = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
        await page.Locator($"form[data-operation={operation}] button[type=submit]{button}").First.ClickAsync();
        await answered;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>The page's live parts are connected to the service (Blazor's circuit is up).</summary>
    private static async Task Connected(IPage page) =>
        await page.Locator("[data-live=on]").WaitForAsync(new() { Timeout = 15_000 });

    /// <summary>The browser handed to another person: signed out, signed in with their password, on their page at their width.</summary>
    private static async Task<IPage> As(Chromium chromium, SiloProcess silo, Role role, string sub, string target, int width, string? customerId = null)
    {
        await chromium.Context.ClearCookiesAsync();
        foreach (var open in chromium.Context.Pages.ToList())
        {
            await open.CloseAsync();
        }

        var page = await chromium.Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await Persons.SignIn(page, silo, role, sub, target, customerId);
        return page;
    }

    private static readonly string[] DecisionFields = ["approved", "refused", "solved"];

    /// <summary>Fills a ticket command's form and submits it; the page that comes back is the ticket with the answer.</summary>
    private static async Task Run(IPage page, string operation, params (string Field, string Value)[] values)
    {
        // A two-way decision is the button pressed (Approve or Return, Sign or Refuse...), not a field.
        var decision = values.FirstOrDefault(v => DecisionFields.Contains(v.Field));
        var button = decision.Field is null ? null : $"[name={decision.Field}][value={(decision.Value is "on" or "true" ? "true" : "false")}]";
        await Submit(page, operation, button, [.. values.Where(v => !DecisionFields.Contains(v.Field)).Select(v => ($"{operation}-{v.Field}", v.Value))]);
        var alert = page.Locator("p.error[role=alert]");
        if (await alert.CountAsync() > 0 && operation != "Dispatch")
        {
            Assert.Fail($"{operation}: {await alert.InnerTextAsync()}");
        }
    }

    /// <summary>Opens "More actions" when the command's form is folded away there (it is not the caller's next step).</summary>
    private static async Task Unfold(IPage page, string operation)
    {
        if (!await page.Locator($"form[data-operation={operation}]").First.IsVisibleAsync())
        {
            await page.Locator("details.more > summary").ClickAsync();
        }
    }

    /// <summary>A photo from the phone's camera, taken beside the site findings' form (R-TKT-6).</summary>
    private static async Task TakePhoto(IPage page, string name)
    {
        await page.SetInputFilesAsync("#camera-file", new FilePayload { Name = name, MimeType = "image/jpeg", Buffer = SampleFiles.Photo() });
        await page.ClickAsync("form[data-operation=TakePhoto] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(name, await page.InnerTextAsync("ul.evidence"));
    }

    /// <summary>Picks a photo as the findings' evidence by tapping its thumbnail.</summary>
    private static async Task PickPhoto(IPage page, string name)
    {
        await page.Locator($"form[data-operation=RecordSiteFindings] fieldset.photos img[alt='{name}']").ClickAsync();
        Assert.True(await page.Locator($"form[data-operation=RecordSiteFindings] fieldset.photos label:has(img[alt='{name}']) input[type=checkbox]").IsCheckedAsync());
    }

    /// <summary>Uploads a file through the ticket page's form, as a phone's camera or the desk's scanner hands it over.</summary>
    private static async Task Upload(IPage page, string kind, byte[] bytes, string name, string type)
    {
        await page.SelectOptionAsync("#attach-kind", kind);
        await page.SetInputFilesAsync("#attach-file", new FilePayload { Name = name, MimeType = type, Buffer = bytes });
        await page.ClickAsync("form[data-operation=Attach] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(name, await page.InnerTextAsync("ul.evidence"));
    }

    /// <summary>No serious or critical accessibility violation; not wider than its window; a screenshot kept.</summary>
    private static async Task Checked(IPage page, string name)
    {
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => Serious.Contains(v.Impact)).Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length})").ToList();
        Assert.True(serious.Count == 0, $"{name}: {string.Join("; ", serious)}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} is wider than its window");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardBrowserTests.Screenshots, $"{name}.png"), FullPage = true });
    }
}
