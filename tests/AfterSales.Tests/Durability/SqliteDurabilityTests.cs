using System.Net;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using Microsoft.Data.Sqlite;

namespace AfterSales.Tests.Durability;

/// <summary>The silo process on its SQLite default, killed with SIGKILL and started again on the same data.</summary>
[Trait("Category", "Slow")]
public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly SiloData _data = new("durable");

    [Fact]
    public async Task A_ticket_and_its_history_survive_kill_9_and_a_retry_after_the_restart_applies_once()
    {
        string ticketId;
        TicketView before;
        await using (var silo = await SiloProcess.Start(_data.Settings()))
        {
            var w = new ProcessWorld(silo);
            before = await silo.Explain(async () =>
            {
                await w.Seed();
                return await w.OpenClassified("fax-0001");
            });
            ticketId = before.Id;
            await silo.Kill();
        }

        await using (var again = await SiloProcess.Start(_data.Settings()))
        {
            var w = new ProcessWorld(again);
            var after = await again.Explain(() => w.Manager.GetAsync($"/api/tickets/{ticketId}").Ok<TicketView>());
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(TicketStatus.Classified, after.Status);
            Assert.Equal(before.History.Select(h => (h.Action, h.By, h.At)), after.History.Select(h => (h.Action, h.By, h.At)));

            var retried = await w.Assistant.Post("/api/tickets", w.NewTicket, "fax-0001").Ok<TicketView>(HttpStatusCode.Created);
            Assert.Equal(ticketId, retried.Id);

            // The key's first request is remembered across the restart: another request with it is refused.
            var other = new { channel = "Letter", customerId = "C-1", machineSerial = "TM-1", description = "another fault" };
            await w.Assistant.Post("/api/tickets", other, "fax-0001").Problem(HttpStatusCode.UnprocessableEntity, "API-IDEMPOTENCY");
            Assert.Equal(before.Version, (await w.Manager.GetAsync($"/api/tickets/{ticketId}").Ok<TicketView>()).Version);
        }
    }

    [Fact]
    public async Task R_TKT_9_a_signed_report_altered_in_storage_shows_that_it_no_longer_matches_its_signature()
    {
        string ticketId;
        await using (var silo = await SiloProcess.Start(_data.Settings()))
        {
            var w = new ProcessWorld(silo);
            ticketId = await silo.Explain(async () =>
            {
                await w.Seed();
                return (await w.SignedSiteReport()).Id;
            });
            await silo.Kill();
        }

        // Someone edits the stored report behind the service's back.
        SqliteConnection.ClearAllPools();
        using (var db = new SqliteConnection($"Data Source={Path.Combine(_data.Path, "aftersales.db")}"))
        {
            db.Open();
            using var edit = db.CreateCommand();
            edit.CommandText = """
                UPDATE AfterSalesGrainState
                   SET Payload = CAST(replace(CAST(Payload AS TEXT), 'replaced pump seal', 'replaced pump and gearbox') AS BLOB)
                 WHERE StateKey LIKE 'ticket/%'
                """;
            Assert.True(edit.ExecuteNonQuery() > 0);
        }

        await using (var again = await SiloProcess.Start(_data.Settings()))
        {
            var w = new ProcessWorld(again);
            var report = (await again.Explain(() => w.Manager.GetAsync($"/api/tickets/{ticketId}").Ok<TicketView>())).Report!;
            Assert.Equal("replaced pump and gearbox", report.Content.WorkDone);
            Assert.NotEqual(report.SignedContentSha256, report.ContentSha256);
            Assert.False(report.MatchesSignature);
        }
    }

    public void Dispose() => _data.Dispose();
}
