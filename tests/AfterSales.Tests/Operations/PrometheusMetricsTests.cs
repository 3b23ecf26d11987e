using System.Net;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.Operations;

/// <summary>
/// An operator points the real Prometheus at the silo: after a ticket's journey it has scraped the commands by grain
/// and outcome, a refusal under its rule id, the SLA deadlines met, and the active grains by type.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PrometheusMetricsTests : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    private readonly SiloData _data = new("prometheus");

    [Fact]
    public async Task Prometheus_scrapes_the_commands_the_refusals_by_rule_and_the_SLA_deadlines_of_a_ticket_journey()
    {
        await using var silo = await SiloProcess.Start(_data.Settings());
        await silo.Explain(async () =>
        {
            var w = new ProcessWorld(silo);
            await w.Seed();
            await w.SignedSiteReport();

            // R-TKT-4: no dispatch before a phone attempt that did not solve it.
            var second = await w.OpenClassified("second");
            await w.Assistant.Post($"/api/tickets/{second.Id}/assign", new { engineerId = "E-1" }).Ok<TicketView>();
            await w.Engineer.Post($"/api/tickets/{second.Id}/contact", new { notes = "called" }).Ok<TicketView>();
            await w.Manager.Post($"/api/tickets/{second.Id}/dispatch", new { engineerId = "E-1", tools = Array.Empty<string>(), parts = Array.Empty<string>() })
                .Problem(HttpStatusCode.Conflict, "R-TKT-4");

            await using var prometheus = await PrometheusServer.Scraping(silo.Address, ProcessWorld.Token(Role.Operations, "ops-ma"));
            Assert.Equal(2, await prometheus.Sum("""aftersales_commands_total{grain="ticket",operation="Open",outcome="applied"}""", 2, Within));
            Assert.Equal(1, await prometheus.Sum("""aftersales_commands_total{grain="ticket",operation="Dispatch",outcome="refused",rule="R-TKT-4"}""", 1, Within));
            Assert.Equal(1, await prometheus.Sum("""aftersales_commands_total{grain="ticket",operation="Dispatch",outcome="applied"}""", 1, Within));
            Assert.Equal(2, await prometheus.Sum("""aftersales_sla_deadlines_total{kind="FirstResponse",result="met"}""", 2, Within));
            Assert.Equal(1, await prometheus.Sum("""aftersales_sla_deadlines_total{kind="TimeToSite",result="met"}""", 1, Within));
            Assert.True(await prometheus.Sum("""aftersales_command_duration_seconds_count{grain="ticket"}""", 10, Within) >= 10);
            Assert.True(await prometheus.Sum("""orleans_catalog_activations{grain_type="ticket"}""", 2, Within) >= 2);
            Assert.True(await prometheus.Sum("""http_server_request_duration_seconds_count{http_route="/api/tickets/{id}/dispatch",http_response_status_code="409"}""", 1, Within) >= 1);
            return true;
        });
    }

    public void Dispose() => _data.Dispose();
}
