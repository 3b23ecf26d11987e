using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Auth;
using AfterSales.Tests.Api;
using Microsoft.Extensions.Configuration;

namespace AfterSales.Tests.Durability;

/// <summary>Master data and tickets made through a silo process's HTTP API, with tokens signed by <see cref="SigningKey"/>.</summary>
public sealed class ProcessWorld
{
    public const string SigningKey = "process-tests-signing-key-0123456789-abcdefghijkl";

    private static readonly IConfiguration Config = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:SigningKey"] = SigningKey }).Build();

    public ProcessWorld(SiloProcess silo)
    {
        Assistant = silo.Client(Token(Role.ServiceAssistant, "assistant"));
        Manager = silo.Client(Token(Role.ServiceManager, "manager"));
        Engineer = silo.Client(Token(Role.ServiceEngineer, "E-1"));
        Customer = silo.Client(Token(Role.Customer, "cust", "C-1"));
    }

    /// <summary>A token the silo processes of the tests take (signed with <see cref="SigningKey"/>).</summary>
    public static string Token(Role role, string sub, string? customerId = null) =>
        TokenCommand.Issue(Config, sub, role, customerId, null, TimeSpan.FromHours(1));

    public HttpClient Assistant { get; }

    public HttpClient Manager { get; }

    public HttpClient Engineer { get; }

    public HttpClient Customer { get; }

    public object NewTicket => new { channel = "Fax", customerId = "C-1", machineSerial = "TM-1", description = "drum does not turn" };

    public async Task Seed()
    {
        await Assistant.Post("/api/customers", new { id = "C-1", name = "Jianye", region = "Shandong", city = "Jinan" }).Ok<object>(HttpStatusCode.Created);
        await Assistant.Post("/api/customers/C-1/machines", new { serial = "TM-1", productLine = "TruckMixer", model = "HTM1204" }).Ok<object>(HttpStatusCode.Created);
        await Manager.Post("/api/engineers", new
        {
            id = "E-1", name = "Wang", yearsOfExperience = 5, trainingPassed = true, certifiedProductLines = new[] { "TruckMixer" },
            tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, homeCity = "Jinan",
        }).Ok<object>(HttpStatusCode.Created);
    }

    public async Task<TicketView> OpenClassified(string key)
    {
        var t = await Assistant.Post("/api/tickets", NewTicket, key).Ok<TicketView>(HttpStatusCode.Created);
        return await Assistant.Post($"/api/tickets/{t.Id}/classify", new { category = "Breakdown" }).Ok<TicketView>();
    }

    /// <param name="key">The intake's idempotency key: another key, another ticket.</param>
    public async Task<TicketView> SignedSiteReport(string key = "site-1")
    {
        var id = (await OpenClassified(key)).Id;
        async Task<TicketView> Do(HttpClient by, string path, object body) => await by.Post($"/api/tickets/{id}/{path}", body).Ok<TicketView>();
        await Do(Assistant, "assign", new { engineerId = "E-1" });
        await Do(Engineer, "contact", new { notes = "called" });
        await Do(Engineer, "phone-attempts", new { solved = false });
        await Do(Manager, "dispatch", new { engineerId = "E-1", tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, parts = Array.Empty<string>() });
        await Do(Engineer, "arrival", new { });
        await Do(Engineer, "site-findings", new
        {
            workingClothes = true, safetyPrecautions = true, rootCause = "seal", responsibility = "Customer", photos = Array.Empty<string>(),
            inspectionDone = true, hiddenFaultsFixed = Array.Empty<string>(), qualityNotes = Array.Empty<string>(),
        });
        await Do(Engineer, "resolution", new { summary = "fixed" });
        await Do(Engineer, "report", new { workDone = "replaced pump seal", partsUsed = new[] { "seal" } });
        var signed = await Do(Customer, "report/signature", new { signedBy = "Liu" });
        Assert.True(signed.Report!.MatchesSignature);
        return signed;
    }
}
