using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ApiTests(ApiFixture api)
{
    [Fact]
    public async Task Health_is_anonymous_and_everything_else_needs_a_token()
    {
        var anonymous = api.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);

        var forged = api.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6IlNlcnZpY2VNYW5hZ2VyIn0.c2lnbmF0dXJl");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/tickets")).StatusCode);
    }

    [Fact]
    public async Task Query_choices_bind_as_API_md_writes_them_in_any_case_and_nothing_else()
    {
        var quality = api.As(Role.QualityDepartment, "qa-zhou");
        const string range = "from=2026-03-02&to=2026-03-15";
        var weeks = await quality.GetAsync($"/api/reports/response-times?bucket=week&{range}").Ok<List<ResponseTimeRow>>();
        var months = await quality.GetAsync($"/api/reports/response-times?bucket=month&{range}").Ok<List<ResponseTimeRow>>();
        Assert.Equal(2, weeks.Count);
        Assert.Single(months);
        var shouted = await quality.GetAsync($"/api/reports/response-times?bucket=MONTH&{range}").Ok<List<ResponseTimeRow>>();
        Assert.Equal(months.Select(m => m.Period), shouted.Select(m => m.Period));
        await quality.GetAsync($"/api/reports/response-times?bucket=fortnight&{range}").Problem(HttpStatusCode.BadRequest);
        await quality.GetAsync($"/api/reports/response-times?bucket=1&{range}").Problem(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await quality.GetAsync("/api/reports/satisfaction?groupBy=engineer&productLine=truckmixer")).StatusCode);
        Assert.Equal(2, (await quality.GetAsync("/api/reports/satisfaction?bucket=month&from=2026-03-01&to=2026-04-30").Ok<List<SatisfactionRow>>()).Count);
        await quality.GetAsync("/api/reports/satisfaction?bucket=week").Problem(HttpStatusCode.BadRequest, "R-SAT-2");

        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var open = await w.Manager.GetAsync($"/api/tickets?status={t.Status.ToString().ToLowerInvariant()}&customerId={w.CustomerId}").Ok<List<TicketSummary>>();
        Assert.Equal([t.Id], open.Select(s => s.Id));
        Assert.Empty(await w.Manager.GetAsync($"/api/tickets?status=closed&customerId={w.CustomerId}").Ok<List<TicketSummary>>());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api()
    {
        var doc = await api.As(Role.ServiceManager, "m").GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/tickets/{id}/dispatch\"", doc);
        Assert.Contains("\"/api/engineers/{id}/sanctions\"", doc);
        Assert.Contains("\"/api/tool-kits/{productLine}\"", doc);
    }

    [Fact]
    public async Task A_wrong_role_gets_403_with_the_rule()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();

        await w.Engineer.Post("/api/customers", new { id = "X1", name = "x", region = "y" }).Problem(HttpStatusCode.Forbidden, "R-TKT-1");
        await w.Customer.Post($"/api/tickets/{t.Id}/classify", new { category = "Breakdown", warrantySuspected = false }).Problem(HttpStatusCode.Forbidden, "R-TKT-2");
        await w.Assistant.Post($"/api/tickets/{t.Id}/dispatch", new { engineerId = w.EngineerId, tools = Array.Empty<string>(), parts = Array.Empty<string>() })
            .Problem(HttpStatusCode.Forbidden, "R-TKT-5");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.As(Role.Operations, "ops").GetAsync("/api/tickets")).StatusCode);
    }

    [Fact]
    public async Task A_customer_sees_only_its_own_customer_and_tickets()
    {
        var mine = await ApiWorld.Create(api);
        var other = await ApiWorld.Create(api);
        var myTicket = await mine.Open(mine.Customer);
        var otherTicket = await other.Open();

        Assert.Equal(HttpStatusCode.OK, (await mine.Customer.GetAsync($"/api/tickets/{myTicket.Id}")).StatusCode);
        await mine.Customer.GetAsync($"/api/tickets/{otherTicket.Id}").Problem(HttpStatusCode.Forbidden);
        await mine.Customer.GetAsync($"/api/customers/{other.CustomerId}").Problem(HttpStatusCode.Forbidden);
        await mine.Customer.Post("/api/tickets", new { channel = "Email", customerId = other.CustomerId, machineSerial = other.Serial, description = "x" })
            .Problem(HttpStatusCode.Forbidden, "R-TKT-1");
        await mine.Customer.Post($"/api/tickets/{otherTicket.Id}/reply", new { message = "hi" }).Problem(HttpStatusCode.Forbidden);

        var listed = await mine.Customer.GetAsync("/api/tickets").Ok<List<TicketSummary>>();
        Assert.Equal([myTicket.Id], listed.Select(t => t.Id));
        var asStaff = await mine.Assistant.GetAsync($"/api/tickets?customerId={other.CustomerId}").Ok<List<TicketSummary>>();
        Assert.Equal([otherTicket.Id], asStaff.Select(t => t.Id));
    }

    [Fact]
    public async Task Unknown_ids_answer_404()
    {
        var manager = api.As(Role.ServiceManager, "m");
        await manager.GetAsync("/api/tickets/T-unknown").Problem(HttpStatusCode.NotFound);
        await manager.GetAsync("/api/customers/C-unknown").Problem(HttpStatusCode.NotFound);
        await manager.Post("/api/tickets/T-unknown/classify", new { category = "Breakdown", warrantySuspected = false }).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_bodies_answer_400_with_the_field_and_change_nothing()
    {
        var w = await ApiWorld.Create(api);

        var missing = await w.Assistant.PostRaw("/api/tickets", $$"""{"channel":"Fax","customerId":"{{w.CustomerId}}","machineSerial":"{{w.Serial}}"}""")
            .Problem(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("description", out _), missing.ToString());

        var badEnum = await w.Assistant.PostRaw("/api/tickets", $$"""{"channel":"Pigeon","customerId":"{{w.CustomerId}}","machineSerial":"{{w.Serial}}","description":"x"}""")
            .Problem(HttpStatusCode.BadRequest);
        Assert.True(badEnum.GetProperty("errors").TryGetProperty("channel", out _), badEnum.ToString());

        var blank = await w.Assistant.Post("/api/tickets", new { channel = "Fax", customerId = w.CustomerId, machineSerial = w.Serial, description = " " })
            .Problem(HttpStatusCode.BadRequest, "R-TKT-1");
        Assert.True(blank.GetProperty("errors").TryGetProperty("description", out _));

        var unknownMachine = await w.Assistant.Post("/api/tickets", new { channel = "Fax", customerId = w.CustomerId, machineSerial = "nope", description = "x" })
            .Problem(HttpStatusCode.BadRequest, "R-TKT-1");
        Assert.True(unknownMachine.GetProperty("errors").TryGetProperty("machineSerial", out _));

        await w.Assistant.PostRaw("/api/tickets", "{not json").Problem(HttpStatusCode.BadRequest);
        var customer = await w.Assistant.GetAsync($"/api/customers/{w.CustomerId}").Ok<CustomerView>();
        Assert.Empty(customer.TicketIds);
    }

    [Fact]
    public async Task A_rule_answers_409_with_its_rule_id_and_changes_nothing()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        await w.Command(w.Assistant, t.Id, "classify", new { category = "Breakdown", warrantySuspected = false });
        await w.Command(w.Assistant, t.Id, "assign", new { engineerId = w.EngineerId });
        var contacted = await w.Command(w.Engineer, t.Id, "contact", new { notes = "called" });

        await w.Manager.Post($"/api/tickets/{t.Id}/dispatch", new { engineerId = w.EngineerId, tools = new[] { "multimeter" }, parts = Array.Empty<string>() })
            .Problem(HttpStatusCode.Conflict, "R-TKT-4");
        await w.Assistant.Post("/api/customers", new { id = w.CustomerId, name = "dup", region = "x" }).Problem(HttpStatusCode.Conflict, RuleIds.IdExists);

        var after = await w.Manager.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>();
        Assert.Equal(contacted.Version, after.Version);
    }

    [Fact]
    public async Task A_refusal_is_explained_in_the_callers_language_and_keeps_its_rule_id()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        await w.Command(w.Assistant, t.Id, "classify", new { category = "Breakdown", warrantySuspected = false });
        await w.Command(w.Assistant, t.Id, "assign", new { engineerId = w.EngineerId });
        await w.Command(w.Engineer, t.Id, "contact", new { notes = "called" });
        var dispatch = new { engineerId = w.EngineerId, tools = new[] { "multimeter" }, parts = Array.Empty<string>() };

        Task<JsonElement> Refused(HttpStatusCode status, string? ruleId, HttpMethod method, string path, object? body, string? language) =>
            w.Manager.SendAsync(Request(method, path, body, language)).Problem(status, ruleId);

        const string English = "R-TKT-4: a site dispatch needs a recorded phone attempt that did not solve the problem.";
        const string Chinese = "R-TKT-4：派工赴现场前，须有一次未能解决问题的电话处理记录。";
        var path = $"/api/tickets/{t.Id}/dispatch";
        var zh = await Refused(HttpStatusCode.Conflict, "R-TKT-4", HttpMethod.Post, path, dispatch, "zh-CN,zh;q=0.9");
        Assert.Equal(Chinese, zh.GetProperty("detail").GetString());
        Assert.Equal("服务规范的规则不允许此操作", zh.GetProperty("title").GetString());
        Assert.Equal("A rule of the code of conduct forbids this", (await Refused(HttpStatusCode.Conflict, "R-TKT-4", HttpMethod.Post, path, dispatch, null)).GetProperty("title").GetString());
        Assert.Equal("未找到", (await Refused(HttpStatusCode.NotFound, null, HttpMethod.Get, "/api/tickets/T-nowhere", null, "zh")).GetProperty("title").GetString());
        Assert.Equal(English, (await Refused(HttpStatusCode.Conflict, "R-TKT-4", HttpMethod.Post, path, dispatch, "en-US,en;q=0.9")).GetProperty("detail").GetString());
        // A client that names no language gets English; ?lang= wins over the header.
        Assert.Equal(English, (await Refused(HttpStatusCode.Conflict, "R-TKT-4", HttpMethod.Post, path, dispatch, null)).GetProperty("detail").GetString());
        Assert.Equal(Chinese, (await Refused(HttpStatusCode.Conflict, "R-TKT-4", HttpMethod.Post, path + "?lang=zh", dispatch, "en")).GetProperty("detail").GetString());

        // A field that is wrong: the detail in Chinese, the field's error in English for machines.
        var unknown = await Refused(
            HttpStatusCode.BadRequest, "R-TKT-1", HttpMethod.Post, "/api/tickets",
            new { channel = "Fax", customerId = w.CustomerId, machineSerial = "nope", description = "x" }, "zh");
        Assert.Equal($"R-TKT-1：用户“{w.CustomerId}”名下没有设备“nope”。", unknown.GetProperty("detail").GetString());
        Assert.Equal($"R-TKT-1: customer '{w.CustomerId}' has no machine 'nope'.", unknown.GetProperty("errors").GetProperty("machineSerial")[0].GetString());

        // The status machine names the operation and the statuses in the caller's language.
        var again = await Refused(HttpStatusCode.Conflict, "R-TKT-2", HttpMethod.Post, $"/api/tickets/{t.Id}/classify", new { category = "Breakdown", warrantySuspected = false }, "zh");
        Assert.Equal("R-TKT-2：工单当前为“已联系”状态，不能执行“分类”（须为：已受理或已分类）。", again.GetProperty("detail").GetString());

        // A body the API cannot read: the field named, the sentence in the caller's language.
        var unreadable = await Refused(HttpStatusCode.BadRequest, null, HttpMethod.Post, $"/api/tickets/{t.Id}/classify", new { category = "Sunny" }, "zh");
        Assert.Equal("请求无法读取：category 缺失或不是有效的值。", unreadable.GetProperty("detail").GetString());
        Assert.True(unreadable.GetProperty("errors").TryGetProperty("category", out _));
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, object? body, string? language)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: ApiFixture.Json) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return request;
    }

    [Fact]
    public async Task Lists_page_with_limit_and_a_next_link_until_the_last_page()
    {
        var w = await ApiWorld.Create(api);
        var opened = new[] { await w.Open(), await w.Open(), await w.Open() };

        var first = await w.Manager.GetAsync($"/api/tickets?customerId={w.CustomerId}&limit=2");
        Assert.Equal(2, (await first.Ok<List<TicketSummary>>()).Count);
        var next = HttpAssertions.NextLink(first);
        Assert.NotNull(next);
        var last = await w.Manager.GetAsync(next);
        Assert.Single(await last.Ok<List<TicketSummary>>());
        Assert.Null(HttpAssertions.NextLink(last));
        Assert.Equal(opened.Select(t => t.Id).Order(), (await w.Manager.All<TicketSummary>($"/api/tickets?customerId={w.CustomerId}&limit=2")).Select(t => t.Id).Order());

        var tooMany = await w.Manager.GetAsync("/api/tickets?limit=201").Problem(HttpStatusCode.BadRequest);
        Assert.True(tooMany.GetProperty("errors").TryGetProperty("limit", out _));
        var forged = await w.Manager.GetAsync("/api/tickets?cursor=not-a-cursor").Problem(HttpStatusCode.BadRequest);
        Assert.True(forged.GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task Idempotent_retries_apply_once()
    {
        var w = await ApiWorld.Create(api);

        var first = await w.Open(key: "fax-2026-0042");
        var retry = await w.Open(key: "fax-2026-0042");
        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(first.ReceivedAt, retry.ReceivedAt);

        var classified = await w.Command(w.Assistant, first.Id, "classify", new { category = "Breakdown", warrantySuspected = false }, key: "cls-1");
        var again = await w.Command(w.Assistant, first.Id, "classify", new { category = "Breakdown", warrantySuspected = false }, key: "cls-1");
        Assert.Equal(classified.Version, again.Version);

        var customer = await w.Assistant.GetAsync($"/api/customers/{w.CustomerId}").Ok<CustomerView>();
        Assert.Equal([first.Id], customer.TicketIds);
        var ticket = await w.Assistant.GetAsync($"/api/tickets/{first.Id}").Ok<TicketView>();
        Assert.Equal(["Open", "Classify"], ticket.History.Select(h => h.Action));
    }

    [Fact]
    public async Task An_idempotency_key_is_the_callers_own_another_caller_with_the_same_key_is_another_request()
    {
        var w = await ApiWorld.Create(api);
        var colleague = api.As(Role.ServiceAssistant, $"assistant-{Guid.NewGuid():N}");
        var path = $"/api/customers/{w.CustomerId}/machines";

        var first = await w.Assistant.Post(path, new { serial = "TM-K-1", productLine = "TruckMixer", model = "HTM1204" }, "machines-0007").Ok<CustomerView>(HttpStatusCode.Created);
        var other = await colleague.Post(path, new { serial = "TM-K-2", productLine = "TruckMixer", model = "HTM1204" }, "machines-0007").Ok<CustomerView>(HttpStatusCode.Created);
        var retry = await w.Assistant.Post(path, new { serial = "TM-K-1", productLine = "TruckMixer", model = "HTM1204" }, "machines-0007").Ok<CustomerView>(HttpStatusCode.Created);

        Assert.DoesNotContain(first.Machines, m => m.Serial == "TM-K-2");
        Assert.Contains(other.Machines, m => m.Serial == "TM-K-2");
        Assert.Equal(first.Machines.Select(m => m.Serial), retry.Machines.Select(m => m.Serial));
        var customer = await w.Assistant.GetAsync($"/api/customers/{w.CustomerId}").Ok<CustomerView>();
        Assert.Single(customer.Machines, m => m.Serial == "TM-K-1");
        Assert.Single(customer.Machines, m => m.Serial == "TM-K-2");
    }

    [Fact]
    public async Task A_new_machine_is_where_its_Location_says()
    {
        var w = await ApiWorld.Create(api);
        var created = await w.Assistant.Post($"/api/customers/{w.CustomerId}/machines", new { serial = "BP-L-1", productLine = "BatchingPlant", model = "HZS180" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var machine = await w.Customer.GetAsync(created.Headers.Location!.OriginalString).Ok<Machine>();
        Assert.Equal(("BP-L-1", ProductLine.BatchingPlant), (machine.Serial, machine.ProductLine));
        await w.Customer.GetAsync($"/api/customers/{w.CustomerId}/machines/none").Problem(HttpStatusCode.NotFound);
        await api.As(Role.Customer, "someone-else", customerId: "C-other").GetAsync(created.Headers.Location.OriginalString).Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Happy_path_by_phone_from_intake_to_closure()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();

        await w.Command(w.Assistant, t.Id, "classify", new { category = "Consultation", warrantySuspected = false });
        await w.Command(w.Assistant, t.Id, "assign", new { engineerId = w.EngineerId });
        await w.Command(w.Engineer, t.Id, "contact", new { notes = "called the driver" });
        var solved = await w.Command(w.Engineer, t.Id, "phone-attempts", new { solved = true, notes = "reset the drum controller" });
        Assert.Equal(TicketStatus.ResolvedByPhone, solved.Status);
        await w.Command(w.Engineer, t.Id, "report", new { workDone = "guided controller reset by phone", partsUsed = Array.Empty<string>() });
        await w.Command(w.Manager, t.Id, "report/approval", new { approved = true, comment = "ok" });
        var phoneScan = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", SampleFiles.Pdf("phone-1"), "phone-1.pdf");
        await w.Command(w.Assistant, t.Id, "report/filing", new { scanRef = phoneScan.Id });
        await w.Command(w.Assistant, t.Id, "reply", new { message = "您的问题已通过电话解决 / solved by phone" });
        var closed = await w.Command(w.Customer, t.Id, "confirmation", new { solved = true, rating = 5, comment = "很好" });

        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.Equal(ReportKind.Phone, closed.Report!.Kind);
        Assert.NotNull(closed.ClosedAt);
    }

    [Fact]
    public async Task R_ENG_3_a_customers_evaluation_answers_with_the_evaluation_itself_and_nothing_of_the_engineers_record()
    {
        var w = await ApiWorld.Create(api);

        using var answer = await w.Customer.PostAsJsonAsync($"/api/engineers/{w.EngineerId}/evaluations", new { source = "Customer", score = 4, comment = "on time" });
        var body = System.Text.Json.Nodes.JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(["source", "score", "comment", "by", "byRole", "at"], body.Select(p => p.Key));
        Assert.Equal(("Customer", 4, "Customer"), (body["source"]!.GetValue<string>(), body["score"]!.GetValue<int>(), body["byRole"]!.GetValue<string>()));
        var engineer = await w.Manager.GetAsync($"/api/engineers/{w.EngineerId}").Ok<AfterSales.GrainInterfaces.Engineers.EngineerView>();
        Assert.Contains(engineer.Evaluations, e => e.Comment == "on time" && e.Score == 4);
    }

    [Fact]
    public async Task R_TKT_8_the_customers_duplicate_stays_with_the_customer_from_signature_to_closing_on_the_API()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" };
        await w.Command(w.Assistant, t.Id, "classify", new { category = "Breakdown" });
        await w.Command(w.Assistant, t.Id, "assign", new { engineerId = w.EngineerId });
        await w.Command(w.Engineer, t.Id, "contact", new { notes = "called the driver" });
        await w.Command(w.Engineer, t.Id, "phone-attempts", new { solved = false, notes = "pump noise persists" });
        await w.Command(w.Manager, t.Id, "dispatch", new { engineerId = w.EngineerId, tools, parts = Array.Empty<string>() });
        await w.Command(w.Engineer, t.Id, "arrival");
        var photo = await ApiWorld.Upload(w.Engineer, t.Id, "Photo", SampleFiles.Photo(), "seal.jpg");
        await w.Command(w.Engineer, t.Id, "site-findings", new
        {
            workingClothes = true, safetyPrecautions = true, rootCause = "pump seal worn", responsibility = "Supplier",
            photos = new[] { photo.Id }, inspectionDone = true, hiddenFaultsFixed = Array.Empty<string>(), qualityNotes = Array.Empty<string>(),
        });
        await w.Command(w.Engineer, t.Id, "resolution", new { summary = "replaced seal" });
        Assert.Equal(("Engineer", "Engineer"), Copies(await w.Command(w.Engineer, t.Id, "report", new { workDone = "replaced seal", partsUsed = new[] { "seal" } })));
        Assert.Equal(("ServiceManager", "Customer"), Copies(await w.Command(w.Customer, t.Id, "report/signature", new { refused = true, reason = "hours are wrong" })));
        Assert.Equal(("ServiceManager", "Customer"), Copies(await w.Command(w.Manager, t.Id, "report/approval", new { approved = false, comment = "correct the hours" })));
        Assert.Equal(("Engineer", "Engineer"), Copies(await w.Command(w.Engineer, t.Id, "report", new { workDone = "replaced seal, hours corrected", partsUsed = new[] { "seal" } })));
        Assert.Equal(("ServiceManager", "Customer"), Copies(await w.Command(w.Customer, t.Id, "report/signature", new { signedBy = "刘工长" })));
        Assert.Equal(("ServiceManager", "Customer"), Copies(await w.Command(w.Manager, t.Id, "report/approval", new { approved = true })));
        var scan = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", SampleFiles.Pdf("copies-1"), "copies-1.pdf");
        Assert.Equal(("AfterSalesArchive", "Customer"), Copies(await w.Command(w.Assistant, t.Id, "report/filing", new { scanRef = scan.Id })));
        // The customer reads the same on its own ticket.
        Assert.Equal(("AfterSalesArchive", "Customer"), Copies(await w.Customer.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>()));

        var reopened = await w.Command(w.Customer, t.Id, "confirmation", new { solved = false, rating = 2 });
        Assert.Null(reopened.Report);
        Assert.Equal(("AfterSalesArchive", "Customer"), Copies(reopened.EarlierReports[^1]));
        await w.Command(w.Engineer, t.Id, "phone-attempts", new { solved = true, notes = "relief valve reset by phone" });
        Assert.Equal(("ServiceManager", "Customer"), Copies(await w.Command(w.Engineer, t.Id, "report", new { workDone = "relief valve reset", partsUsed = Array.Empty<string>() })));
        await w.Command(w.Manager, t.Id, "report/approval", new { approved = true });
        var phoneScan = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", SampleFiles.Pdf("copies-2"), "copies-2.pdf");
        await w.Command(w.Assistant, t.Id, "report/filing", new { scanRef = phoneScan.Id });
        var closed = await w.Command(w.Customer, t.Id, "confirmation", new { solved = true, rating = 5 });

        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.Equal(("AfterSalesArchive", "Customer"), Copies(closed));
        Assert.Equal([("ServiceManager", "Customer"), ("AfterSalesArchive", "Customer")], closed.EarlierReports.Select(Copies));
    }

    private static (string Original, string CustomerCopy) Copies(TicketView ticket) => Copies(ticket.Report!);

    private static (string Original, string CustomerCopy) Copies(ServiceReport report) =>
        (report.Copies.Single(c => c.Kind == CopyKind.Original).Custodian.ToString(), report.Copies.Single(c => c.Kind == CopyKind.CustomerCopy).Custodian.ToString());

    [Fact]
    public async Task Happy_path_on_site_with_escalation_signature_warranty_parts_and_closure()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();
        var tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" };

        await w.Command(w.Assistant, t.Id, "classify", new { category = "WarrantyClaim", warrantySuspected = true });
        await w.Command(w.Assistant, t.Id, "assign", new { engineerId = w.EngineerId });
        await w.Command(w.Engineer, t.Id, "contact", new { notes = "checked warranty by phone" });
        await w.Command(w.Engineer, t.Id, "phone-attempts", new { solved = false, notes = "pump noise persists" });
        await w.Command(w.Engineer, t.Id, "warranty-parts", new { parts = new[] { new { partNo = "P-4711", quantity = 1 } } });
        await w.Command(w.Manager, t.Id, "warranty-parts/approval", new { approved = true });
        var applied = await w.Command(w.Assistant, t.Id, "warranty-parts/application");
        Assert.Equal(WarrantyPartsState.AppliedFor, applied.WarrantyParts!.State);
        await w.Command(w.Manager, t.Id, "dispatch", new { engineerId = w.EngineerId, tools, parts = new[] { "P-4711" } });
        await w.Command(w.Engineer, t.Id, "arrival");
        var photo = await ApiWorld.Upload(w.Engineer, t.Id, "Photo", SampleFiles.Photo(), "seal.jpg");
        await w.Command(w.Engineer, t.Id, "site-findings", new
        {
            workingClothes = true, safetyPrecautions = true, rootCause = "pump seal worn", responsibility = "Supplier",
            photos = new[] { photo.Id }, inspectionDone = true, hiddenFaultsFixed = new[] { "loose bolt" }, qualityNotes = new[] { "seal batch wears early" },
        });
        await w.Command(w.Engineer, t.Id, "escalations", new { reason = "pressure still low" });
        await w.Engineer.Post($"/api/tickets/{t.Id}/resolution", new { summary = "x" }).Problem(HttpStatusCode.Conflict, "R-TKT-7");
        await w.Command(w.TechDept, t.Id, "escalations/answer", new { answer = "replace the relief valve too" });
        await w.Command(w.Engineer, t.Id, "resolution", new { summary = "replaced seal and relief valve" });
        await w.Command(w.Engineer, t.Id, "report", new { workDone = "replaced seal and relief valve", partsUsed = new[] { "P-4711", "relief valve" } });
        var signed = await w.Command(w.Customer, t.Id, "report/signature", new { signedBy = "刘工长" });
        Assert.True(signed.Report!.MatchesSignature);
        await w.Command(w.Manager, t.Id, "report/approval", new { approved = true, comment = "ok" });
        var siteScan = await ApiWorld.Upload(w.Assistant, t.Id, "Scan", SampleFiles.Pdf("site-1"), "site-1.pdf");
        await w.Command(w.Assistant, t.Id, "report/filing", new { scanRef = siteScan.Id });
        var closed = await w.Command(w.Customer, t.Id, "confirmation", new { solved = true, rating = 4 });

        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.NotNull(closed.ArrivedAt);
        Assert.Single(closed.QualityRecords);
        Assert.Equal(Custodian.AfterSalesArchive, closed.Report!.Copies.Single(c => c.Kind == CopyKind.Original).Custodian);

        var warehouse = api.As(Role.Warehouse, "warehouse-ma");
        var returned = await w.Command(warehouse, t.Id, "old-parts/P-4711/return", new { returnedBy = "Engineer" });
        Assert.Equal(OldPartState.Returned, returned.OldParts.Single().State);
        var qc = await w.Command(api.As(Role.QualityDepartment, "quality-zhou"), t.Id, "old-parts/P-4711/disposition", new { kind = "QcCheck", result = "seal defect confirmed" });
        Assert.Equal(OldPartState.Dispositioned, qc.OldParts.Single().State);
        Assert.Equal(HttpStatusCode.OK, (await warehouse.GetAsync("/api/reports/old-parts/overdue")).StatusCode);
        await w.Customer.GetAsync("/api/reports/old-parts/overdue").Problem(HttpStatusCode.Forbidden);

        var history = await w.Customer.GetAsync($"/api/customers/{w.CustomerId}/machines/{w.Serial}/history").Ok<List<TicketView>>();
        Assert.Equal([t.Id], history.Select(h => h.Id));
        var engineer = await w.Manager.GetAsync($"/api/engineers/{w.EngineerId}").Ok<GrainInterfaces.Engineers.EngineerView>();
        Assert.Contains(t.Id, engineer.AssignedTicketIds);
    }

    [Fact]
    public async Task Tool_kits_are_read_by_staff_and_set_by_the_service_manager()
    {
        var manager = api.As(Role.ServiceManager, "m");
        await api.As(Role.ServiceAssistant, "a").PutAsJsonAsync("/api/tool-kits/BatchingPlant", new { tools = new[] { "x" } }, ApiFixture.Json)
            .Problem(HttpStatusCode.Forbidden, "R-ENG-2");
        var set = await manager.PutAsJsonAsync("/api/tool-kits/BatchingPlant", new { tools = new[] { "multimeter", "load cell calibrator" } }, ApiFixture.Json)
            .Ok<GrainInterfaces.Engineers.ToolKitView>();
        var read = await api.As(Role.ServiceEngineer, "e").GetAsync("/api/tool-kits/BatchingPlant").Ok<GrainInterfaces.Engineers.ToolKitView>();

        Assert.Equal(set.Tools, read.Tools);
        Assert.Equal(["multimeter", "load cell calibrator"], read.Tools);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync("/api/tool-kits/Bicycle")).StatusCode);
    }

    [Fact]
    public async Task The_customer_wait_pauses_the_sla_clocks_and_alerts_are_for_the_service_manager()
    {
        var w = await ApiWorld.Create(api);
        var t = await w.Open();

        var waiting = await w.Command(w.Assistant, t.Id, "customer-wait", new { reason = "site closed until Monday" });
        Assert.All(waiting.Sla, d => Assert.Equal(SlaState.Paused, d.State));
        Assert.Equal("site closed until Monday", waiting.WaitingOnCustomer!.Reason);
        await w.Assistant.Post($"/api/tickets/{t.Id}/customer-wait", new { reason = "again" }).Problem(HttpStatusCode.Conflict, "R-TKT-5");
        var resumed = await w.Command(w.Assistant, t.Id, "customer-wait/end");
        Assert.All(resumed.Sla, d => Assert.Equal(SlaState.Running, d.State));

        Assert.Equal(HttpStatusCode.OK, (await w.Manager.GetAsync("/api/alerts?open=true")).StatusCode);
        await w.Customer.GetAsync("/api/alerts").Problem(HttpStatusCode.Forbidden);
        await w.Engineer.GetAsync("/api/alerts").Problem(HttpStatusCode.Forbidden);
        await w.Manager.Post($"/api/alerts/{t.Id}:FirstResponse:0/acknowledgement", null).Problem(HttpStatusCode.NotFound);
        var notBreached = await w.Manager.GetAsync($"/api/tickets?breached=true&customerId={w.CustomerId}").Ok<List<TicketSummary>>();
        Assert.Empty(notBreached);
    }
}
