using AfterSales.Tests.Demo;
using AfterSales.Tests.Durability;

namespace AfterSales.Tests.PostgreSql;

/// <summary>seed-demo on the production storage: its write buffer over the service's grain storage on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgreSqlSeedDemoTests(PostgresServer postgres)
{
    [Fact]
    public async Task Seed_demo_writes_its_year_into_PostgreSQL_and_the_service_serves_it()
    {
        var database = postgres.CreateDatabase();

        var seed = await SeedDemoCommandTests.Seed(ProcessSettings.PostgreSql(database));
        Assert.True(seed.ExitCode == 0, seed.Output);
        Assert.Contains("Demo year loaded into PostgreSQL database", seed.Output);

        await using var silo = await SiloProcess.Start(ProcessSettings.PostgreSql(database));
        await silo.Explain(() => SeedDemoCommandTests.Served(silo));
    }
}
