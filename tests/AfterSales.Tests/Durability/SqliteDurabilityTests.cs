using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Auth;
using AfterSales.Tests.Api;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace AfterSales.Tests.Durability;

/// <summary>The silo process on its SQLite default, killed with SIGKILL and started again on the same data.</summary>
public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("aftersales-durable-").FullName;

    private Dictionary<string, string> Settings => new()
    {
        ["Storage:DataDirectory"] = _data,
        ["Cluster:SiloPort"] = FreePort.Next().ToString(),
        ["Cluster:GatewayPort"] = FreePort.Next().ToString(),
    };

    [Fact]
    public async Task A_ticket_and_its_history_survive_kill_9_and_a_retry_after_the_restart_applies_once()
    {
        string ticketId;
        TicketView before;
        await using (var silo = await SiloProcess.Start(Settings))
        {
            var w = new ProcessWorld(silo, _data);
            before = await silo.Explain(async () =>
            {
                await w.Seed();
                return await w.OpenClassified("fax-0001");
            });
            ticketId = before.Id;
            await silo.Kill();
        }

        await using (var again = await SiloProcess.Start(Settings))
        {
            var w = new ProcessWorld(again, _data);
            var after = await again.Explain(() => w.Manager.GetAsync($"/api/tickets/{ticketId}").Ok<TicketView>());
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(TicketStatus.Classified, after.Status);
            Assert.Equal(before.History.Select(h => (h.Action, h.By, h.At)), after.History.Select(h => (h.Action, h.By, h.At)));

            var retried = await w.Assistant.Post("/api/tickets", w.NewTicket, "fax-0001").Ok<TicketView>(HttpStatusCode.Created);
            Assert.Equal(ticketId, retried.Id);
            Assert.Equal(before.Version, (await w.Manager.GetAsync($"/api/tickets/{ticketId}").Ok<TicketView>()).Version);
        }
    }

    [Fact]
    public async Task R_TKT_9_a_signed_report_altered_in_storage_shows_that_it_no_longer_matches_its_signature()
    {
        string ticketId;
        await using (var silo = await SiloProcess.Start(Settings))
        {
            var w = new ProcessWorld(silo, _data);
            ticketId = await silo.Explain(async () =>
            {
                await w.Seed();
                return (await w.SignedSiteReport()).Id;
            });
            await silo.Kill();
        }

        // Someone edits the stored report behind the service's back.
        SqliteConnection.ClearAllPools();
        using (var db = new SqliteConnection($"Data Source={Path.Combine(_data, "aftersales.db")}"))
        {
            db.Open();
            using var edit = db.CreateCommand();
            edit.CommandText = """
                UPDATE OrleansGrainState
                   SET PayloadBinary = CAST(replace(CAST(PayloadBinary AS TEXT), 'replaced pump seal', 'replaced pump and gearbox') AS BLOB)
                 WHERE GrainTypeString = 'ticket'
                """;
            Assert.True(edit.ExecuteNonQuery() > 0);
        }

        await using (var again = await SiloProcess.Start(Settings))
        {
            var w = new ProcessWorld(again, _data);
            var report = (await again.Explain(() => w.Manager.GetAsync($"/api/tickets/{ticketId}").Ok<TicketView>())).Report!;
            Assert.Equal("replaced pump and gearbox", report.Content.WorkDone);
            Assert.NotEqual(report.SignedContentSha256, report.ContentSha256);
            Assert.False(report.MatchesSignature);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Master data and tickets made through the process's HTTP API with tokens of its own signing key.</summary>
    private sealed class ProcessWorld
    {
        public ProcessWorld(SiloProcess silo, string data)
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = data }).Build();
            string Token(Role role, string sub, string? customer = null) => TokenCommand.Issue(config, sub, role, customer, null, TimeSpan.FromHours(1));
            Assistant = silo.Client(Token(Role.ServiceAssistant, "assistant"));
            Manager = silo.Client(Token(Role.ServiceManager, "manager"));
            Engineer = silo.Client(Token(Role.ServiceEngineer, "E-1"));
            Customer = silo.Client(Token(Role.Customer, "cust", "C-1"));
        }

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

        public async Task<TicketView> SignedSiteReport()
        {
            var id = (await OpenClassified("site-1")).Id;
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
}
