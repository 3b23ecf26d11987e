using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;
using Npgsql;
using Xunit.Abstractions;

namespace AfterSales.Tests.PostgreSql;

/// <summary>Silo processes on a PostgreSQL started by the test run: the scenario, kill -9, and a two-silo cluster.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgreSqlClusterTests(PostgresServer postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task The_ticket_scenario_runs_on_PostgreSQL_and_survives_kill_9()
    {
        // A restarted silo keeps its address, so the cluster sees its killed generation as dead at once.
        var database = postgres.CreateDatabase();
        var settings = ProcessSettings.PostgreSql(database);
        TicketView closed;
        Attachment? scan = null;
        await using (var silo = await SiloProcess.Start(settings))
        {
            var w = new ProcessWorld(silo);
            closed = await silo.Explain(async () =>
            {
                await w.Seed();
                var id = (await w.SignedSiteReport()).Id;
                await w.Manager.Post($"/api/tickets/{id}/report/approval", new { approved = true }).Ok<TicketView>();
                scan = await ApiWorld.Upload(w.Assistant, id, "Scan", SampleFiles.Pdf("pg-1"), "pg-1.pdf");
                await w.Assistant.Post($"/api/tickets/{id}/report/filing", new { scanRef = scan.Id }).Ok<TicketView>();
                await w.Customer.Post($"/api/tickets/{id}/confirmation", new { solved = true, rating = 5 }).Ok<TicketView>();
                // The whole trail as the staff read it (the customer's answer holds its own steps only).
                return await w.Manager.GetAsync($"/api/tickets/{id}").Ok<TicketView>();
            });
            Assert.Equal(TicketStatus.Closed, closed.Status);
            await silo.Kill();
        }

        await using var again = await SiloProcess.Start(settings);
        var read = await again.Explain(() => new ProcessWorld(again).Manager.GetAsync($"/api/tickets/{closed.Id}").Ok<TicketView>());
        Assert.Equal(closed.Version, read.Version);
        Assert.Equal(closed.History.Select(h => (h.Action, h.At)), read.History.Select(h => (h.Action, h.At)));
        Assert.True(read.Report!.MatchesSignature);
        // The scan acknowledged before the kill -9 is there, byte for byte.
        Assert.Equal(SampleFiles.Pdf("pg-1"), await new ProcessWorld(again).Manager.GetByteArrayAsync($"/api/attachments/{scan!.Id}"));

        // The master-data lists on PostgreSQL: found by a part of the name in any case, a wildcard only a character.
        var manager = new ProcessWorld(again).Manager;
        Assert.Equal(["C-1"], (await manager.GetAsync("/api/customers?q=JIAN").Ok<List<CustomerSummary>>()).Select(c => c.Id));
        Assert.Empty(await manager.GetAsync("/api/customers?q=%25").Ok<List<CustomerSummary>>());

        // A service whose master data predates the lists lists it at its next start (DirectoryBackfill).
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var forget = new NpgsqlCommand("DELETE FROM RmDirectory; DELETE FROM AfterSalesMigration WHERE Name = 'directory-projected'", connection);
            await forget.ExecuteNonQueryAsync();
        }

        await again.Kill();
        await using var third = await SiloProcess.Start(settings);
        var listed = await third.Explain(() => new ProcessWorld(third).Manager.GetAsync("/api/customers").Ok<List<CustomerSummary>>());
        Assert.Equal(["C-1"], listed.Select(c => c.Id));
        Assert.Equal("TM-1", Assert.Single(listed[0].Machines).Serial);
    }

    [Fact]
    public async Task Every_command_answered_2xx_before_a_kill_9_is_there_after_the_restart_and_none_twice()
    {
        var settings = ProcessSettings.PostgreSql(postgres.CreateDatabase());
        var answered = new ConcurrentDictionary<string, TicketView>();
        const int requests = 60;
        await using (var silo = await SiloProcess.Start(settings))
        {
            var w = new ProcessWorld(silo);
            await silo.Explain(async () =>
            {
                await w.Seed();
                return true;
            });

            // Tickets arrive while the process is killed in the middle of them.
            var sending = Task.Run(async () =>
            {
                for (var i = 0; i < requests; i++)
                {
                    try
                    {
                        var response = await w.Assistant.Post("/api/tickets", w.NewTicket, $"intake-{i}");
                        if (response.IsSuccessStatusCode)
                        {
                            answered[$"intake-{i}"] = (await response.Content.ReadFromJsonAsync<TicketView>(ApiFixture.Json))!;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // The process is gone: this request was not acknowledged.
                    }
                }
            });
            while (answered.Count < requests / 3)
            {
                await Task.Delay(20);
            }

            await silo.Kill();
            await sending;
        }

        Assert.InRange(answered.Count, requests / 3, requests - 1);
        await using var again = await SiloProcess.Start(settings);
        var world = new ProcessWorld(again);
        await again.Explain(async () =>
        {
            foreach (var (key, first) in answered)
            {
                var now = await world.Manager.GetAsync($"/api/tickets/{first.Id}").Ok<TicketView>();
                Assert.Equal(first.ReceivedAt, now.ReceivedAt);
                Assert.Equal(first.Version, now.Version);
            }

            // The clients retry every request with its key: each applies once.
            for (var i = 0; i < requests; i++)
            {
                var retried = await world.Assistant.Post("/api/tickets", world.NewTicket, $"intake-{i}").Ok<TicketView>(HttpStatusCode.Created);
                if (answered.TryGetValue($"intake-{i}", out var first))
                {
                    Assert.Equal(first.Id, retried.Id);
                    Assert.Equal(first.Version, retried.Version);
                }
            }

            var customer = await world.Manager.GetAsync("/api/customers/C-1").Ok<CustomerView>();
            Assert.Equal(requests, customer.TicketIds.Count);
            Assert.Equal(requests, customer.TicketIds.Distinct().Count());
            return true;
        });
    }

    [Fact]
    public async Task Two_silos_share_one_cluster_and_the_survivor_takes_over_a_killed_silos_tickets()
    {
        var db = postgres.CreateDatabase();
        await using var a = await SiloProcess.Start(ProcessSettings.PostgreSql(db));
        await using var b = await SiloProcess.Start(ProcessSettings.PostgreSql(db));
        var viaA = new ProcessWorld(a);
        var viaB = new ProcessWorld(b);
        Assert.Equal(2, await ActiveSilos(db));

        var tickets = await a.Explain(async () =>
        {
            await viaA.Seed();
            var list = new List<TicketView>();
            for (var i = 0; i < 8; i++)
            {
                list.Add(await viaA.OpenClassified($"two-silos-{i}"));
            }

            return list;
        });

        // Read and changed through the other silo.
        var assigned = await b.Explain(() => viaB.Assistant.Post($"/api/tickets/{tickets[0].Id}/assign", new { engineerId = "E-1" }).Ok<TicketView>());
        Assert.Equal("E-1", assigned.EngineerId);
        Assert.Equal("E-1", (await viaA.Manager.GetAsync($"/api/tickets/{tickets[0].Id}").Ok<TicketView>()).EngineerId);

        // A file uploaded through one silo is served by the other, byte for byte (the file store is PostgreSQL's).
        var photo = SampleFiles.Photo();
        var uploaded = await a.Explain(() => ApiWorld.Upload(viaA.Assistant, tickets[1].Id, "Photo", photo, "drum.jpg"));
        using (var served = await viaB.Manager.GetAsync($"/api/attachments/{uploaded.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(photo, await served.Content.ReadAsByteArrayAsync());
            Assert.Equal($"\"{uploaded.Sha256}\"", served.Headers.ETag?.Tag);
        }

        await a.Kill();

        // While the cluster notices, the survivor answers 503 with Retry-After, never 500; then every ticket is back.
        var statuses = new List<HttpStatusCode>();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        var pending = tickets.ToDictionary(t => t.Id);
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            foreach (var t in pending.Values.ToList())
            {
                var response = await viaB.Manager.GetAsync($"/api/tickets/{t.Id}");
                statuses.Add(response.StatusCode);
                Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Assert.True(response.Headers.RetryAfter is not null, "503 without Retry-After");
                    continue;
                }

                var now = await response.Ok<TicketView>();
                // Two tickets changed since they were opened: the one assigned, the one with the photo.
                Assert.Equal(t.Id == tickets[0].Id ? assigned.Version : t.Id == tickets[1].Id ? t.Version + 1 : t.Version, now.Version);
                pending.Remove(t.Id);
            }

            await Task.Delay(500);
        }

        Assert.Empty(pending);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
    }

    [Fact]
    public async Task After_every_silo_is_killed_a_silo_on_new_ports_serves_every_acknowledged_ticket_within_60_s()
    {
        var db = postgres.CreateDatabase();
        var acknowledged = new List<TicketView>();
        await using (var a = await SiloProcess.Start(ProcessSettings.PostgreSql(db)))
        await using (var b = await SiloProcess.Start(ProcessSettings.PostgreSql(db)))
        {
            var viaA = new ProcessWorld(a);
            var viaB = new ProcessWorld(b);
            await a.Explain(async () =>
            {
                await viaA.Seed();
                for (var i = 0; i < 12; i++)
                {
                    acknowledged.Add(await (i % 2 == 0 ? viaA : viaB).OpenClassified($"power-loss-{i}"));
                }

                return true;
            });

            // Power loss: both processes die at once, their entries stay Active in the membership table.
            await Task.WhenAll(a.Kill(), b.Kill());
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var c = await SiloProcess.Start(ProcessSettings.PostgreSql(db));
        var viaC = new ProcessWorld(c);
        var pending = acknowledged.ToDictionary(t => t.Id);
        while (pending.Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            foreach (var t in pending.Values.ToList())
            {
                var response = await viaC.Manager.GetAsync($"/api/tickets/{t.Id}");
                Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
                if (response.IsSuccessStatusCode)
                {
                    Assert.Equal(t.Version, (await response.Ok<TicketView>()).Version);
                    pending.Remove(t.Id);
                }
            }

            await Task.Delay(pending.Count == 0 ? 0 : 500);
        }

        output.WriteLine($"every acknowledged ticket served {clock.Elapsed.TotalSeconds:0.0} s after the new silo was started");
        Assert.True(pending.Count == 0, $"{pending.Count} ticket(s) not served {clock.Elapsed.TotalSeconds:0} s after the new silo started\n{c.Log}");
        Assert.Equal(acknowledged.Count, (await viaC.Manager.All<TicketSummary>("/api/tickets?customerId=C-1")).Count);
    }

    private static async Task<long> ActiveSilos(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM OrleansMembershipTable WHERE Status = 3", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
