using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Api;

namespace AfterSales.Bench;

/// <summary>What the bench does through the HTTP API, as the desk app and the engineers' phones do.</summary>
public sealed class ServiceApi(SiloUnderTest silo)
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public HttpClient Assistant { get; } = silo.Client(Role.ServiceAssistant, "bench-assistant");

    public HttpClient Manager { get; } = silo.Client(Role.ServiceManager, "bench-manager");

    private static readonly object NewTicket = new { channel = "Telephone", customerId = "C-bench", machineSerial = "TM-bench", description = "搅拌筒不转 / drum does not turn" };

    /// <summary>A customer with a truck mixer in Shandong and a qualified engineer.</summary>
    public async Task Seed()
    {
        await Expect(Assistant.PostAsJsonAsync("/api/customers", new { id = "C-bench", name = "济南建业混凝土", region = "Shandong", city = "Jinan" }, Json), HttpStatusCode.Created);
        await Expect(Assistant.PostAsJsonAsync("/api/customers/C-bench/machines", new { serial = "TM-bench", productLine = "TruckMixer", model = "HTM1204", commissionedOn = "2026-05-10" }, Json), HttpStatusCode.Created);
        await Expect(Manager.PostAsJsonAsync("/api/engineers", new
        {
            id = "E-bench", name = "张工", yearsOfExperience = 6, trainingPassed = true, certifiedProductLines = new[] { "TruckMixer" },
            tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, homeCity = "Jinan",
        }, Json), HttpStatusCode.Created);
    }

    /// <summary>Ticket intake: one new ticket (R-TKT-1).</summary>
    public async Task<string?> Intake()
    {
        using var response = await Assistant.PostAsJsonAsync("/api/tickets", NewTicket, Json);
        // The whole answer is read (HttpClient buffers it); the new ticket's id is the end of its Location, as a client takes it.
        return response.StatusCode == HttpStatusCode.Created ? response.Headers.Location?.OriginalString.Split('/')[^1] : null;
    }

    /// <summary>A repeatable command: the ticket waits on the customer, or the wait ends (R-TKT-5).</summary>
    public async Task<bool> Wait(string ticketId, bool start)
    {
        using var response = start
            ? await Assistant.PostAsJsonAsync($"/api/tickets/{ticketId}/customer-wait", new { reason = "waiting for the foreman" }, Json)
            : await Assistant.PostAsync($"/api/tickets/{ticketId}/customer-wait/end", null);
        return response.IsSuccessStatusCode;
    }

    public async Task<bool> Ok(string path)
    {
        using var response = await Manager.GetAsync(path);
        return response.IsSuccessStatusCode;
    }

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        using var response = await call;
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiHosting.Configure(o);
        return o;
    }
}
