using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Api;

/// <summary>A customer with a truck mixer and a qualified engineer, made through the API, and the clients of each role.</summary>
public sealed class ApiWorld
{
    private ApiWorld(ApiFixture api, string tag)
    {
        CustomerId = $"C-{tag}";
        Serial = $"TM-{tag}";
        EngineerId = $"E-{tag}";
        Assistant = api.As(Role.ServiceAssistant, "assistant-li");
        Manager = api.As(Role.ServiceManager, "manager-wang");
        Engineer = api.As(Role.ServiceEngineer, EngineerId);
        Customer = api.As(Role.Customer, $"user-{tag}", customerId: CustomerId);
        TechDept = api.As(Role.TechnicalDepartment, "tech-zhao");
    }

    public string CustomerId { get; }

    public string Serial { get; }

    public string EngineerId { get; }

    public HttpClient Assistant { get; }

    public HttpClient Manager { get; }

    public HttpClient Engineer { get; }

    public HttpClient Customer { get; }

    public HttpClient TechDept { get; }

    public static async Task<ApiWorld> Create(ApiFixture api)
    {
        var w = new ApiWorld(api, Guid.NewGuid().ToString("N")[..8]);
        await w.Assistant.Post("/api/customers", new { id = w.CustomerId, name = "济南建业混凝土有限公司", region = "Shandong", city = "Jinan" })
            .Ok<CustomerView>(HttpStatusCode.Created);
        await w.Assistant.Post($"/api/customers/{w.CustomerId}/machines", new { serial = w.Serial, productLine = "TruckMixer", model = "HTM1204", commissionedOn = "2026-01-15" })
            .Ok<CustomerView>(HttpStatusCode.Created);
        await w.Manager.Post("/api/engineers", new
        {
            id = w.EngineerId, name = "王工", yearsOfExperience = 6, trainingPassed = true,
            certifiedProductLines = new[] { "TruckMixer" }, tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, homeCity = "Jinan",
        }).Ok<object>(HttpStatusCode.Created);
        return w;
    }

    public Task<TicketView> Open(HttpClient? by = null, string? key = null) =>
        (by ?? Assistant).Post("/api/tickets", new { channel = "Telephone", customerId = CustomerId, machineSerial = Serial, description = "搅拌筒不转 drum does not turn" }, key)
            .Ok<TicketView>(HttpStatusCode.Created);

    public Task<TicketView> Command(HttpClient by, string ticketId, string path, object? body = null, string? key = null) =>
        by.Post($"/api/tickets/{ticketId}/{path}", body ?? new { }, key).Ok<TicketView>();

    /// <summary>A site of the customer with its truck mixer installed by the sales department; answers the site's id.</summary>
    public async Task<string> SiteWithMixer(HttpClient sales)
    {
        var siteId = $"S-{CustomerId}";
        await Assistant.Post("/api/sites", new { id = siteId, customerId = CustomerId, address = "济南市历城区工业北路 88 号", region = "Shandong" })
            .Ok<object>(HttpStatusCode.Created);
        await sales.Post($"/api/sites/{siteId}/installations", new { machineSerial = Serial, productLine = "TruckMixer" }).Ok<object>(HttpStatusCode.Created);
        return siteId;
    }

    /// <summary>Uploads an evidence file of the ticket as a phone or the desk does (multipart); answers its attachment.</summary>
    public static Task<Attachment> Upload(HttpClient by, string ticketId, string kind, byte[] bytes, string fileName, string? replaces = null) =>
        Send(by, ticketId, kind, bytes, fileName, replaces).Ok<Attachment>(HttpStatusCode.Created);

    public static async Task<HttpResponseMessage> Send(HttpClient by, string ticketId, string kind, byte[] bytes, string fileName, string? replaces = null)
    {
        using var form = new MultipartFormDataContent { { new StringContent(kind), "kind" }, { new ByteArrayContent(bytes), "file", fileName } };
        if (replaces is not null)
        {
            form.Add(new StringContent(replaces), "replaces");
        }

        return await by.PostAsync($"/api/tickets/{ticketId}/attachments", form);
    }
}
