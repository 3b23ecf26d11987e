using System.Net;
using System.Text.Json;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;
using AfterSales.Tests.Notifications;

namespace AfterSales.Tests.PostgreSql;

/// <summary>
/// Two silos on one PostgreSQL, each with its notifier: every mail and every webhook delivery goes out once, whichever
/// silo took the command and whichever claimed the send.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgreSqlNotificationTests(PostgresServer postgres)
{
    [Fact]
    public async Task Two_silos_notifiers_send_each_mail_and_each_webhook_delivery_once()
    {
        using var sink = SmtpSink.Start();
        using var erp = new WebhookReceiver();
        var db = postgres.CreateDatabase();
        Dictionary<string, string> Settings() => new(ProcessSettings.PostgreSql(db))
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = sink.Port.ToString(),
            ["Notifications:PollSeconds"] = "0.1",
        };
        await using var a = await SiloProcess.Start(Settings());
        await using var b = await SiloProcess.Start(Settings());
        var (viaA, viaB) = (new ProcessWorld(a), new ProcessWorld(b));

        var tickets = await a.Explain(async () =>
        {
            await viaA.Seed();
            await viaA.Manager.Post("/api/webhooks", new { url = erp.Url, events = new[] { "*" }, secret = "two-silos-secret-0123" }).Ok<JsonElement>(HttpStatusCode.Created);
            await viaA.Assistant.Post("/api/customers", new { id = "C-pg", name = "青岛城建", region = "Shandong", city = "Qingdao", email = "buyer@qdcj.example", language = "en" })
                .Ok<object>(HttpStatusCode.Created);
            await viaA.Assistant.Post("/api/customers/C-pg/machines", new { serial = "TM-pg", productLine = "TruckMixer", model = "HTM1204" }).Ok<object>(HttpStatusCode.Created);
            var opened = new List<TicketView>();
            for (var i = 0; i < 6; i++)
            {
                var via = i % 2 == 0 ? viaA : viaB;
                var t = await via.Assistant.Post("/api/tickets", new { channel = "Telephone", customerId = "C-pg", machineSerial = "TM-pg", description = $"drum {i}" })
                    .Ok<TicketView>(HttpStatusCode.Created);
                await via.Assistant.Post($"/api/tickets/{t.Id}/classify", new { category = "Breakdown" }).Ok<TicketView>();
                await via.Assistant.Post($"/api/tickets/{t.Id}/reply", new { message = $"we are on it {i}" }).Ok<TicketView>();
                opened.Add(t);
            }

            return opened;
        });

        var mails = await sink.WaitFor("buyer@qdcj.example", m => m.Count >= 12);
        var heard = await erp.WaitFor(r => r.Count >= 18);
        await Task.Delay(TimeSpan.FromSeconds(2));
        mails = await sink.WaitFor("buyer@qdcj.example", _ => true);
        Assert.Equal(12, mails.Count);
        foreach (var t in tickets)
        {
            Assert.Single(mails, m => m.Subject == $"[After-sales] Your service request {t.Id} has been received");
            Assert.Single(mails, m => m.Subject == $"[After-sales] {t.Id}: the after-sales department's reply");
        }

        var events = erp.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(18, events.Count);
        Assert.Equal(18, events.Distinct().Count());
        Assert.Equal(tickets.Count * 3, erp.Requests.Count(r => r.Event is EventTypes.Received or EventTypes.Classified or EventTypes.ReplySent));
    }
}
