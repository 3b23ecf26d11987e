using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Access;

/// <summary>The objects of one side of the matrix: a customer with its machine, site and ticket, its station and engineer.</summary>
/// <summary>The objects of one side of the matrix; its campaign (R-CMP-1) reaches its machine only.</summary>
public sealed record Side(string CustomerId, string Serial, string EngineerId, string StationId, string SiteId, string TicketId, string CampaignId = "");

/// <summary>
/// Two of everything, made through the API: the callers' own objects and another customer's. The customer caller
/// belongs to <see cref="Own"/>'s customer, the station caller is <see cref="Own"/>'s station and the engineer caller
/// is <see cref="Own"/>'s engineer.
/// </summary>
public sealed class MatrixWorld
{
    private int _fresh;

    private MatrixWorld(ApiFixture api, string tag)
    {
        Api = api;
        Tag = tag;
        Own = new Side($"C-own-{tag}", $"TM-own-{tag}", $"E-own-{tag}", $"S-own-{tag}", $"SITE-own-{tag}", "");
        Other = new Side($"C-oth-{tag}", $"TM-oth-{tag}", $"E-oth-{tag}", $"S-oth-{tag}", $"SITE-oth-{tag}", "");
        Manager = api.As(Role.ServiceManager, "manager-wang");
    }

    public ApiFixture Api { get; }

    public string Tag { get; }

    public Side Own { get; private set; }

    public Side Other { get; private set; }

    public HttpClient Manager { get; }

    public IReadOnlyList<string> KitTools { get; private set; } = [];

    public static async Task<MatrixWorld> Create(ApiFixture api)
    {
        var w = new MatrixWorld(api, Guid.NewGuid().ToString("N")[..6]);
        var kit = await w.Manager.GetFromJsonAsync<JsonElement>("/api/tool-kits/TruckMixer");
        w.KitTools = [.. kit.GetProperty("tools").EnumerateArray().Select(t => t.GetString()!)];
        w.Own = await w.Make(w.Own, "own");
        w.Other = await w.Make(w.Other, "oth");
        return w;
    }

    /// <summary>A caller of the role, tied to the own side where its role is somebody's.</summary>
    public HttpClient Caller(Role role) => role switch
    {
        Role.Customer => Api.As(role, SubjectOf(role), customerId: Own.CustomerId),
        Role.ServiceStation => Api.As(role, SubjectOf(role), stationId: Own.StationId),
        _ => Api.As(role, SubjectOf(role)),
    };

    /// <summary>The user id of the caller of a role (the engineer's is the own engineer's id).</summary>
    public string SubjectOf(Role role) => role == Role.ServiceEngineer ? Own.EngineerId : $"{role}-{Tag}".ToLowerInvariant();

    /// <summary>An operation's path on a side's objects; <paramref name="id"/> in place of the object's id when given.</summary>
    public static string PathOf(string template, Side side, string? id = null) =>
        template
            .Replace("{serial}", side.Serial)
            .Replace("{partNo}", "P-4711")
            .Replace("{productLine}", "TruckMixer")
            .Replace("{n}", "1")
            .Replace("{userName}", PersonOf(side))
            .Replace("{id}", id ?? template.Split('/')[2] switch
            {
                "tickets" => side.TicketId,
                "customers" => side.CustomerId,
                "engineers" => side.EngineerId,
                "stations" => side.StationId,
                "sites" => side.SiteId,
                "alerts" => $"{side.TicketId}:FirstResponse:1",
                "campaigns" => side.CampaignId,
                "attachments" => $"{side.TicketId}.F1",
                _ => "CA-001",
            });

    /// <summary>The account of a person of the side's customer.</summary>
    public static string PersonOf(Side side) => $"person-{side.CustomerId}".ToLowerInvariant();

    public string Fresh() => $"X{Interlocked.Increment(ref _fresh)}-{Tag}";

    private async Task<Side> Make(Side side, string name)
    {
        var region = $"Region-{name}-{Tag}";
        await Created(Manager.Post("/api/customers", new { id = side.CustomerId, name = $"customer {name}", region }));
        await Created(Manager.Post("/api/users", new { userName = PersonOf(side), displayName = $"person of {name}", role = "Customer", customerId = side.CustomerId }));
        await Created(Manager.Post($"/api/customers/{side.CustomerId}/machines", new { serial = side.Serial, productLine = "TruckMixer", model = "HTM1204", commissionedOn = "2026-01-15" }));
        await Created(Manager.Post("/api/engineers", new
        {
            id = side.EngineerId, name = $"engineer {name}", yearsOfExperience = 6, trainingPassed = true,
            certifiedProductLines = new[] { "TruckMixer" }, tools = KitTools, homeCity = "Jinan",
        }));
        await Created(Manager.Post("/api/stations", new { id = side.StationId, name = $"station {name}", regions = new[] { region }, productLines = new[] { "TruckMixer" }, validFrom = "2020-01-01", validTo = "2030-12-31" }));
        await Created(Manager.Post("/api/sites", new { id = side.SiteId, customerId = side.CustomerId, address = "Jingshi Road 1", region }));
        await Created(Manager.Post($"/api/sites/{side.SiteId}/installations", new { machineSerial = side.Serial, productLine = "TruckMixer" }));
        var ticket = await Manager.Post("/api/tickets", new { channel = "Telephone", customerId = side.CustomerId, machineSerial = side.Serial, description = "drum does not turn" })
            .Ok<TicketView>(HttpStatusCode.Created);
        Assert.Equal(side.StationId, ticket.StationId);
        await Manager.Post($"/api/tickets/{ticket.Id}/classify", new { category = "Breakdown", warrantySuspected = false }).Ok<TicketView>();
        await Manager.Post($"/api/tickets/{ticket.Id}/assign", new { engineerId = side.EngineerId }).Ok<TicketView>();
        await AfterSales.Tests.Api.ApiWorld.Upload(Manager, ticket.Id, "Photo", AfterSales.Tests.Api.SampleFiles.Photo(), "drum.jpg");
        // A campaign over the side's machine only: a station reads the campaigns that reach its machines.
        var campaignId = $"CMP-{name}-{Tag}";
        await Created(Manager.Post("/api/campaigns", new
        {
            id = campaignId, title = "drum roller bolts", reason = "bolts loosen", kind = "Retrofit", serials = new[] { side.Serial },
            parts = new[] { "P-4711" }, dueBy = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        }));
        return side with { TicketId = ticket.Id, CampaignId = campaignId };
    }

    private static async Task Created(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
