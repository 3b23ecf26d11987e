using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Tests.Api;

/// <summary>
/// Real answers of the API, validated against the schema the API document declares for their operation and status: a
/// client generated from the document, or one that validates what it receives, reads them as they are.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiAnswerTests(ApiFixture api)
{
    private static readonly string[] Tools = ["hydraulic pressure gauge", "multimeter", "torque wrench set"];

    [Fact]
    public async Task A_ticket_from_intake_to_its_filed_report_answers_as_the_document_says()
    {
        var w = await ApiWorld.Create(api);
        var answers = await Answers();
        var ticket = await Check(answers, "POST", "/api/tickets", 201, w.Assistant.Post("/api/tickets",
            new { channel = "Telephone", customerId = w.CustomerId, machineSerial = w.Serial, description = "搅拌筒不转 drum does not turn" }));
        var id = ticket.GetProperty("id").GetString()!;
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("category").ValueKind);

        async Task<JsonElement> Step(HttpClient by, string path, object? body = null) =>
            await Check(answers, "POST", $"/api/tickets/{{id}}/{path}", 200, by.Post($"/api/tickets/{id}/{path}", body ?? new { }));

        await Step(w.Assistant, "classify", new { category = "Breakdown", warrantySuspected = true });
        await Step(w.Assistant, "assign", new { engineerId = w.EngineerId });
        await Step(w.Engineer, "contact", new { notes = "called the driver" });
        await Step(w.Engineer, "phone-attempts", new { solved = false, notes = "pump noise persists" });
        await Step(w.Manager, "dispatch", new { engineerId = w.EngineerId, tools = Tools, parts = new[] { "seal" } });
        await Step(w.Engineer, "customer-wait", new { reason = "the site is closed until noon" });
        await Step(w.Engineer, "customer-wait/end");
        await Step(w.Engineer, "arrival");
        using var form = new MultipartFormDataContent { { new StringContent("Photo"), "kind" }, { new ByteArrayContent(SampleFiles.Photo()), "file", "seal.jpg" } };
        var photo = await Check(answers, "POST", "/api/tickets/{id}/attachments", 201, w.Engineer.PostAsync($"/api/tickets/{id}/attachments", form));
        await Step(w.Engineer, "site-findings", new
        {
            workingClothes = true, safetyPrecautions = true, rootCause = "pump seal worn", responsibility = "Supplier",
            photos = new[] { photo.GetProperty("id").GetString() }, inspectionDone = true, hiddenFaultsFixed = Array.Empty<string>(), qualityNotes = new[] { "drum clean" },
        });
        await Step(w.Engineer, "warranty-parts", new { parts = new[] { new { partNo = "seal", quantity = 1 } } });
        await Step(w.Manager, "warranty-parts/approval", new { approved = true, comment = "in warranty" });
        await Step(w.Engineer, "resolution", new { summary = "replaced the pump seal" });
        await Step(w.Engineer, "report", new { workDone = "replaced the pump seal", partsUsed = new[] { "seal" } });
        await Step(w.Customer, "report/signature", new { signedBy = "张师傅", rating = 5 });
        await Step(w.Manager, "report/approval", new { approved = true, comment = "ok" });
        var scan = await Check(answers, "POST", "/api/tickets/{id}/attachments", 201,
            w.Assistant.PostAsync($"/api/tickets/{id}/attachments", new MultipartFormDataContent
            {
                { new StringContent("Scan"), "kind" }, { new ByteArrayContent(SampleFiles.Pdf()), "file", "report.pdf" },
            }));
        var filed = await Step(w.Assistant, "report/filing", new { scanRef = scan.GetProperty("id").GetString() });
        Assert.Equal("ReportFiled", filed.GetProperty("status").GetString());

        await Check(answers, "GET", "/api/tickets/{id}", 200, w.Customer.GetAsync($"/api/tickets/{id}"));
        await Check(answers, "GET", "/api/tickets/{id}/attachments", 200, w.Manager.GetAsync($"/api/tickets/{id}/attachments"));
        var list = await Check(answers, "GET", "/api/tickets", 200, w.Manager.GetAsync($"/api/tickets?customerId={w.CustomerId}"));
        Assert.Equal(id, list.EnumerateArray().Single().GetProperty("id").GetString());
        await Check(answers, "GET", "/api/customers/{id}/machines/{serial}/history", 200, w.Customer.GetAsync($"/api/customers/{w.CustomerId}/machines/{w.Serial}/history"));
    }

    [Fact]
    public async Task Master_data_and_lists_answer_as_the_document_says()
    {
        var w = await ApiWorld.Create(api);
        var answers = await Answers();
        await Check(answers, "POST", "/api/tickets", 201, w.Customer.Post("/api/tickets",
            new { channel = "Email", customerId = w.CustomerId, machineSerial = w.Serial, description = "异响 noise" }));

        await Check(answers, "GET", "/api/customers/{id}", 200, w.Customer.GetAsync($"/api/customers/{w.CustomerId}"));
        await Check(answers, "GET", "/api/customers", 200, w.Assistant.GetAsync($"/api/customers?q={w.CustomerId}"));
        await Check(answers, "GET", "/api/customers/{id}/machines/{serial}", 200, w.Assistant.GetAsync($"/api/customers/{w.CustomerId}/machines/{w.Serial}"));
        await Check(answers, "GET", "/api/engineers/{id}", 200, w.Assistant.GetAsync($"/api/engineers/{w.EngineerId}"));
        await Check(answers, "GET", "/api/engineers", 200, w.Assistant.GetAsync($"/api/engineers?q={w.EngineerId}"));
        await Check(answers, "POST", "/api/engineers/{id}/evaluations", 200,
            w.Customer.Post($"/api/engineers/{w.EngineerId}/evaluations", new { source = "Customer", score = 4, comment = "准时 on time" }));
        await Check(answers, "POST", "/api/engineers/{id}/sanctions", 200,
            api.As(Role.CompanyLeader, "leader-sun").Post($"/api/engineers/{w.EngineerId}/sanctions", new { kind = "Warning", reason = "late report" }));
        await Check(answers, "GET", "/api/tool-kits/{productLine}", 200, w.Assistant.GetAsync("/api/tool-kits/TruckMixer"));
        await Check(answers, "GET", "/api/maintenance-plans/{productLine}", 200, w.Assistant.GetAsync("/api/maintenance-plans/TruckMixer"));
        await Check(answers, "GET", "/api/code-of-conduct", 200, w.Assistant.GetAsync("/api/code-of-conduct"));
        await Check(answers, "GET", "/api/reports/response-times", 200, w.Manager.GetAsync("/api/reports/response-times"));
        await Check(answers, "GET", "/api/reports/satisfaction", 200, w.Manager.GetAsync("/api/reports/satisfaction"));
        var siteId = await w.SiteWithMixer(api.As(Role.SalesDepartment, "sales-zhou"));
        await Check(answers, "GET", "/api/sites/{id}", 200, w.Customer.GetAsync($"/api/sites/{siteId}"));
        await Check(answers, "GET", "/api/sites", 200, w.Assistant.GetAsync($"/api/sites?customerId={w.CustomerId}"));
    }

    [Fact]
    public async Task Problems_answer_as_the_document_says()
    {
        var w = await ApiWorld.Create(api);
        var answers = await Answers();
        var ticket = await w.Open();

        var missing = await Check(answers, "POST", "/api/customers", 400, w.Assistant.PostRaw("/api/customers", """{"id":"C-missing-region","name":"x"}"""));
        Assert.True(missing.GetProperty("errors").TryGetProperty("region", out _), missing.ToString());
        var limit = await Check(answers, "POST", "/api/tickets", 400, w.Assistant.Post("/api/tickets",
            new { channel = "Fax", customerId = w.CustomerId, machineSerial = w.Serial, description = new string('x', 4001) }));
        Assert.Equal("API-INPUT", limit.GetProperty("ruleId").GetString());
        var exists = await Check(answers, "POST", "/api/customers", 409, w.Assistant.Post("/api/customers", new { id = w.CustomerId, name = "x", region = "y" }));
        Assert.Equal(RuleIds.IdExists, exists.GetProperty("ruleId").GetString());
        var outOfOrder = await Check(answers, "POST", "/api/tickets/{id}/dispatch", 409,
            w.Manager.Post($"/api/tickets/{ticket.Id}/dispatch", new { engineerId = w.EngineerId, tools = Tools, parts = Array.Empty<string>() }));
        Assert.StartsWith("R-", outOfOrder.GetProperty("ruleId").GetString());
        await Check(answers, "POST", "/api/tickets/{id}/classify", 403, w.Customer.Post($"/api/tickets/{ticket.Id}/classify", new { category = "Breakdown" }));
        await Check(answers, "GET", "/api/tickets/{id}", 404, w.Manager.GetAsync("/api/tickets/T-unknown"));
        await Check(answers, "POST", "/api/tickets/{id}/classify", 200, w.Assistant.Post($"/api/tickets/{ticket.Id}/classify", new { category = "Breakdown" }, "cls-answer"));
        var reused = await Check(answers, "POST", "/api/tickets/{id}/classify", 422,
            w.Assistant.Post($"/api/tickets/{ticket.Id}/classify", new { category = "Consultation" }, "cls-answer"));
        Assert.Equal(RuleIds.IdempotencyKeyReused, reused.GetProperty("ruleId").GetString());
        await Check(answers, "GET", "/api/tickets", 401, api.Anonymous().GetAsync("/api/tickets"));
        var badChoice = await Check(answers, "GET", "/api/reports/response-times", 400, w.Manager.GetAsync("/api/reports/response-times?bucket=fortnight"));
        Assert.True(badChoice.GetProperty("errors").TryGetProperty("bucket", out _), badChoice.ToString());
    }

    [Fact]
    public async Task An_answer_that_is_not_what_the_document_says_is_refused()
    {
        var w = await ApiWorld.Create(api);
        var answers = await Answers();
        var body = await (await w.Manager.GetAsync($"/api/customers/{w.CustomerId}")).Content.ReadAsStringAsync();
        Assert.Empty(answers.Errors("GET", "/api/customers/{id}", 200, "application/json", body));

        Assert.NotEmpty(answers.Errors("GET", "/api/customers/{id}", 200, "application/json", body.Replace("\"ticketIds\":[]", "\"ticketIds\":[1]")));
        Assert.NotEmpty(answers.Errors("GET", "/api/customers/{id}", 200, "application/json", body.Replace("\"name\":", "\"nom\":")));
        Assert.NotEmpty(answers.Errors("GET", "/api/customers/{id}", 200, "application/json", body.Replace("\"TruckMixer\"", "\"Bicycle\"")));
        Assert.NotEmpty(answers.Errors("GET", "/api/customers/{id}", 200, "application/json", "[]"));
    }

    private async Task<OpenApiAnswers> Answers() =>
        new(await api.As(Role.ServiceManager, "manager-wang").GetFromJsonAsync<JsonElement>("/openapi/v1.json"));

    /// <summary>The call answers the status, and its body is what the document declares for the operation and status.</summary>
    private static async Task<JsonElement> Check(OpenApiAnswers answers, string method, string path, int status, Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{method} {path}: {(int)response.StatusCode} {body}");
        var errors = answers.Errors(method, path, status, response.Content.Headers.ContentType!.MediaType!, body);
        Assert.True(errors.Count == 0, $"{method} {path} {status} is not what the document declares:\n{string.Join("\n", errors)}\n{body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
