using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Reporting;

namespace AfterSales.Tests.Durability;

/// <summary>
/// The reporting projection across a kill -9: the silo is killed while tickets are written, so some die between
/// the ticket's write and the aggregates'; after the restart the reports equal what the tickets say.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ProjectionDurabilityTests : IDisposable
{
    private readonly SiloData _data = new("projection");

    [Fact]
    public async Task A_silo_killed_between_the_tickets_write_and_the_aggregates_loses_nothing()
    {
        await using (var silo = await SiloProcess.Start(_data.Settings()))
        {
            var w = new ProcessWorld(silo);
            await silo.Explain(async () =>
            {
                await w.Seed();
                return true;
            });
            var writing = Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    try
                    {
                        var t = await w.OpenClassified($"projection-{i}");
                        await w.Assistant.Post($"/api/tickets/{t.Id}/assign", new { engineerId = "E-1" });
                        await w.Engineer.Post($"/api/tickets/{t.Id}/contact", new { notes = "called" });
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                    {
                        return i;
                    }
                    catch (Xunit.Sdk.XunitException)
                    {
                        return i;
                    }
                }
            });
            await Task.Delay(TimeSpan.FromSeconds(6));
            await silo.Kill();
            Assert.True(await writing > 3, "too few tickets were written before the kill");
        }

        await using var again = await SiloProcess.Start(_data.Settings());
        var world = new ProcessWorld(again);
        await again.Explain(async () =>
        {
            var tickets = await Task.WhenAll((await world.Manager.All<TicketSummary>("/api/tickets?customerId=C-1&limit=200"))
                .Select(s => world.Manager.GetAsync($"/api/tickets/{s.Id}").Ok<TicketView>()));
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var expected = (tickets.Length, ExpectedPercentile.Of(tickets.Select(t => t.Times.FirstResponseHours), 0.5));
            (int, double?) actual = default;
            for (var attempt = 0; attempt < 40 && actual != expected; attempt++)
            {
                var row = (await world.Manager.GetAsync($"/api/reports/response-times?bucket=Month&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}&region=Shandong")
                    .Ok<List<ResponseTimeRow>>()).Single();
                actual = (row.Tickets, row.FirstResponseP50Hours);
                await Task.Delay(actual == expected ? 0 : 250);
            }

            Assert.Equal(expected, actual);
            return true;
        });
    }

    public void Dispose() => _data.Dispose();
}
