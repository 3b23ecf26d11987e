using System.Net;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Durability;

/// <summary>
/// SLA breaches on the SQLite default, found by the deadline watch: an alert is raised once, and one that fell
/// due while the silo was down is raised after the restart. The deadline is seconds long (a 24/7 calendar).
/// </summary>
[Trait("Category", "Slow")]
public sealed class SlaAlertDurabilityTests : IDisposable
{
    private readonly SiloData _data = new("sla");

    private Dictionary<string, string> Settings(double firstResponseSeconds)
    {
        var settings = _data.Settings();
        settings["BusinessCalendar:AlwaysOpen"] = "true";
        settings["CodeOfConduct:FirstResponseTargetHours"] = (firstResponseSeconds / 3600).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    [Fact]
    public async Task R_TKT_3_the_deadline_watch_raises_one_breach_alert_and_a_restart_does_not_raise_it_again()
    {
        string ticketId;
        await using (var silo = await SiloProcess.Start(Settings(firstResponseSeconds: 3)))
        {
            var w = new ProcessWorld(silo);
            ticketId = await silo.Explain(async () =>
            {
                await w.Seed();
                var id = (await w.OpenClassified("late-1")).Id;
                Assert.Single(await WaitForAlerts(w, id, TimeSpan.FromSeconds(60)));
                return id;
            });
            await silo.Kill();
        }

        await using var again = await SiloProcess.Start(Settings(firstResponseSeconds: 3));
        var world = new ProcessWorld(again);
        await again.Explain(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            var alerts = await world.Manager.All<SlaAlert>("/api/alerts");
            Assert.Single(alerts, a => a.TicketId == ticketId);
            var ticket = await world.Manager.GetAsync($"/api/tickets/{ticketId}").Ok<TicketView>();
            Assert.Equal(SlaState.Breached, ticket.Sla.Single(d => d.Kind == SlaKind.FirstResponse).State);
            var breached = await world.Manager.All<TicketSummary>("/api/tickets?breached=true");
            Assert.Contains(breached, t => t.Id == ticketId);
            return true;
        });
    }

    [Fact]
    public async Task R_TKT_3_a_deadline_that_passes_while_the_silo_is_down_raises_its_alert_after_the_restart()
    {
        string ticketId;
        await using (var silo = await SiloProcess.Start(Settings(firstResponseSeconds: 8)))
        {
            var w = new ProcessWorld(silo);
            ticketId = await silo.Explain(async () =>
            {
                await w.Seed();
                return (await w.OpenClassified("late-2")).Id;
            });
            await silo.Kill();
        }

        await Task.Delay(TimeSpan.FromSeconds(9));
        await using var again = await SiloProcess.Start(Settings(firstResponseSeconds: 8));
        var world = new ProcessWorld(again);
        await again.Explain(async () =>
        {
            var alert = Assert.Single(await WaitForAlerts(world, ticketId, TimeSpan.FromSeconds(60)));
            Assert.Equal(SlaKind.FirstResponse, alert.Kind);
            return true;
        });
    }

    public void Dispose() => _data.Dispose();

    private static async Task<List<SlaAlert>> WaitForAlerts(ProcessWorld w, string ticketId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var response = await w.Manager.GetAsync("/api/alerts");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var alerts = (await response.Ok<List<SlaAlert>>()).Where(a => a.TicketId == ticketId).ToList();
            if (alerts.Count > 0 || DateTime.UtcNow > deadline)
            {
                return alerts;
            }

            await Task.Delay(500);
        }
    }
}
