using System.Net;
using System.Text.Json;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.PostgreSql;

/// <summary>Readiness that means something: a silo whose PostgreSQL is down answers 503 at /health/ready, and 200 when it is back.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ReadinessTests(PostgresServer postgres)
{
    [Fact]
    public async Task Ready_goes_503_while_PostgreSQL_is_stopped_and_200_when_it_is_back()
    {
        await using var silo = await SiloProcess.Start(ProcessSettings.PostgreSql(postgres.CreateDatabase()));
        await silo.Explain(async () =>
        {
            var probe = silo.Client();
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);

            postgres.Stop();
            try
            {
                var down = await Until(probe, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30));
                Assert.Equal("Unhealthy", Check(down, "storage"));
                // The process itself still answers: a load balancer takes it out, an orchestrator does not restart it.
                Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);
            }
            finally
            {
                postgres.Start();
            }

            var back = await Until(probe, HttpStatusCode.OK, TimeSpan.FromSeconds(60));
            Assert.Equal("Healthy", Check(back, "storage"));
            Assert.Equal("Healthy", Check(back, "silo"));
            return true;
        });
    }

    private static async Task<JsonElement> Until(HttpClient probe, HttpStatusCode expected, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            using var answer = await probe.GetAsync("/health/ready");
            var body = await answer.Content.ReadAsStringAsync();
            if (answer.StatusCode == expected)
            {
                return JsonDocument.Parse(body).RootElement.Clone();
            }

            Assert.True(DateTime.UtcNow < deadline, $"/health/ready still {(int)answer.StatusCode} {body}");
            await Task.Delay(250);
        }
    }

    private static string? Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("status").GetString();
}
