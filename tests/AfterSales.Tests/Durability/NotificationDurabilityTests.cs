using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Notifications;

namespace AfterSales.Tests.Durability;

/// <summary>
/// The customer's mails across a kill -9: the events of an acknowledged journey are written, the SMTP server is down,
/// the silo is killed with its sends pending; a new silo on the same data sends each mail once, in the customer's language.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NotificationDurabilityTests : IDisposable
{
    private readonly SiloData _data = new("notifications");
    private readonly int _smtpPort = FreePort.Next();

    [Fact]
    public async Task A_silo_killed_between_the_events_and_their_sends_loses_none_and_sends_none_twice()
    {
        string ticketId;
        await using (var silo = await SiloProcess.Start(Settings()))
        {
            var w = new ProcessWorld(silo);
            ticketId = await silo.Explain(async () =>
            {
                await w.Seed();
                await w.Assistant.Post("/api/customers", new { id = "C-mail", name = "济南建业", region = "Shandong", city = "Jinan", email = "buyer@jianye.example", language = "zh" })
                    .Ok<object>(HttpStatusCode.Created);
                await w.Assistant.Post("/api/customers/C-mail/machines", new { serial = "TM-9", productLine = "TruckMixer", model = "HTM1204" }).Ok<object>(HttpStatusCode.Created);
                var t = await w.Assistant.Post("/api/tickets", new { channel = "Telephone", customerId = "C-mail", machineSerial = "TM-9", description = "drum does not turn" })
                    .Ok<TicketView>(HttpStatusCode.Created);
                await w.Assistant.Post($"/api/tickets/{t.Id}/classify", new { category = "Breakdown" }).Ok<TicketView>();
                await w.Assistant.Post($"/api/tickets/{t.Id}/assign", new { engineerId = "E-1" }).Ok<TicketView>();
                await w.Engineer.Post($"/api/tickets/{t.Id}/contact", new { notes = "called" }).Ok<TicketView>();
                await w.Engineer.Post($"/api/tickets/{t.Id}/phone-attempts", new { solved = false }).Ok<TicketView>();
                await w.Manager.Post($"/api/tickets/{t.Id}/dispatch", new { engineerId = "E-1", tools = new[] { "hydraulic pressure gauge", "multimeter", "torque wrench set" }, parts = Array.Empty<string>() })
                    .Ok<TicketView>();

                // The sends were tried and failed: the SMTP server is not up yet.
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (true)
                {
                    var view = await w.Manager.GetAsync($"/api/tickets/{t.Id}").Ok<TicketView>();
                    var mails = view.Notifications!.Where(n => n.Channel == "email").ToList();
                    if ((mails.Count == 2 && mails.All(n => n is { Result: "Pending", Attempts: > 0 })) || DateTime.UtcNow > deadline)
                    {
                        Assert.Equal([EventTypes.Received, EventTypes.Dispatched], mails.Select(n => n.Event));
                        Assert.All(mails, n => Assert.Equal("Pending", n.Result));
                        break;
                    }

                    await Task.Delay(100);
                }

                return t.Id;
            });
            await silo.Kill();
        }

        using var sink = SmtpSink.Start(_smtpPort);
        await using var again = await SiloProcess.Start(Settings());
        var world = new ProcessWorld(again);
        await again.Explain(async () =>
        {
            var mails = await sink.WaitFor("buyer@jianye.example", m => m.Count >= 2);
            Assert.Equal([$"【售后服务】您的报修 {ticketId} 已受理", $"【售后服务】{ticketId}：服务工程师已派出"], mails.Select(m => m.Subject));
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal(2, sink.Mails().Count);
            var view = await world.Manager.GetAsync($"/api/tickets/{ticketId}").Ok<TicketView>();
            Assert.All(view.Notifications!.Where(n => n.Channel == "email"), n => Assert.Equal("Sent", n.Result));
            return true;
        });
    }

    private Dictionary<string, string> Settings() => new(_data.Settings())
    {
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = _smtpPort.ToString(),
        ["Notifications:PollSeconds"] = "0.2",
        ["Notifications:RetrySeconds"] = "0.5",
        ["Notifications:MaxRetrySeconds"] = "1",
    };

    public void Dispose() => _data.Dispose();
}
