using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Notifications;

/// <summary>A customer who may be written to (or not), its truck mixer, an engineer, and the callers of each role.</summary>
public sealed class NotifiedWorld
{
    private NotifiedWorld(ApiFixture api, string tag)
    {
        Tag = tag;
        Assistant = api.As(Role.ServiceAssistant, "assistant-li");
        Manager = api.As(Role.ServiceManager, "manager-wang");
        Operations = api.As(Role.Operations, "ops-chen");
        Engineer = api.As(Role.ServiceEngineer, EngineerId);
        Customer = api.As(Role.Customer, $"user-{tag}", customerId: CustomerId);
    }

    public string Tag { get; }

    public string CustomerId => $"C-{Tag}";

    public string Email => $"buyer-{Tag}@jianye.example";

    public string EngineerId => $"E-{Tag}";

    /// <summary>The customer's truck mixer: a serial of its own (a serial is registered once, R-MCH-1).</summary>
    public string Serial => $"TM-{Tag}";

    public HttpClient Assistant { get; }

    public HttpClient Manager { get; }

    public HttpClient Operations { get; }

    public HttpClient Engineer { get; }

    public HttpClient Customer { get; }

    /// <param name="email">Whether the customer has an e-mail address.</param>
    public static async Task<NotifiedWorld> Create(ApiFixture api, string language = "zh", bool email = true, bool notifications = true)
    {
        var w = new NotifiedWorld(api, Guid.NewGuid().ToString("N")[..8]);
        await w.Assistant.Post("/api/customers", new
        {
            id = w.CustomerId, name = "济南建业混凝土有限公司", region = "Shandong", city = "Jinan", email = email ? w.Email : null, language, notifications,
        }).Ok<object>(HttpStatusCode.Created);
        await w.Assistant.Post($"/api/customers/{w.CustomerId}/machines", new { serial = w.Serial, productLine = "TruckMixer", model = "HTM1204", commissionedOn = "2026-01-15" })
            .Ok<object>(HttpStatusCode.Created);
        await w.Manager.Post("/api/engineers", new
        {
            id = w.EngineerId, name = "王建国", yearsOfExperience = 6, trainingPassed = true, certifiedProductLines = new[] { "TruckMixer" },
            tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, homeCity = "Jinan",
        }).Ok<object>(HttpStatusCode.Created);
        return w;
    }

    public Task<TicketView> Open() =>
        Assistant.Post("/api/tickets", new { channel = "Telephone", customerId = CustomerId, machineSerial = Serial, description = "搅拌筒不转 drum does not turn" })
            .Ok<TicketView>(HttpStatusCode.Created);

    public Task<TicketView> Do(HttpClient by, string ticketId, string path, object? body = null) =>
        by.Post($"/api/tickets/{ticketId}/{path}", body ?? new { }).Ok<TicketView>();

    /// <summary>From intake to closure on site: every event of the list of docs/api.md but a dispute and a reopen.</summary>
    public async Task<TicketView> Journey(TicketView t)
    {
        await Do(Assistant, t.Id, "classify", new { category = "Breakdown", warrantySuspected = false });
        await Do(Assistant, t.Id, "assign", new { engineerId = EngineerId });
        await Do(Engineer, t.Id, "contact", new { notes = "called the driver" });
        await Do(Engineer, t.Id, "phone-attempts", new { solved = false, notes = "drum motor does not start" });
        await Do(Manager, t.Id, "dispatch", new { engineerId = EngineerId, tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, parts = Array.Empty<string>() });
        await Do(Engineer, t.Id, "arrival");
        await Do(Engineer, t.Id, "site-findings", new
        {
            workingClothes = true, safetyPrecautions = true, rootCause = "worn seal", responsibility = "Customer", photos = Array.Empty<string>(),
            inspectionDone = true, hiddenFaultsFixed = Array.Empty<string>(), qualityNotes = Array.Empty<string>(),
        });
        await Do(Engineer, t.Id, "resolution", new { summary = "replaced the seal" });
        await Do(Engineer, t.Id, "report", new { workDone = "replaced the pump seal", partsUsed = new[] { "seal" } });
        await Do(Customer, t.Id, "report/signature", new { signedBy = "刘工长" });
        await Do(Manager, t.Id, "report/approval", new { approved = true, comment = "ok" });
        var scan = await ApiWorld.Upload(Assistant, t.Id, "Scan", SampleFiles.Pdf(t.Id), "report.pdf");
        await Do(Assistant, t.Id, "report/filing", new { scanRef = scan.Id });
        await Do(Assistant, t.Id, "reply", new { message = "密封件已更换，请放心使用 / the seal is replaced" });
        return await Do(Customer, t.Id, "confirmation", new { solved = true, rating = 5 });
    }
}
