using System.Text;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.ReadModels;
using AfterSales.Persistence.Storage;
using AfterSales.Tests.Cluster;
using Microsoft.Data.Sqlite;
using Orleans.TestingHost;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Storage;

/// <summary>
/// Data of an earlier version (grain state in Orleans' OrleansGrainState, alerts in alert inboxes, surveys in the
/// satisfaction months) is migrated at start-up: the grains are there with their state, and the read models list them.
/// </summary>
public sealed class LegacyMigrationTests
{
    [Fact]
    public async Task A_database_of_the_earlier_version_is_served_after_the_start_up_migration()
    {
        // The states as a silo of this version writes them (the same JSON the earlier version wrote for these fields).
        var source = TestStorage.NewDatabase();
        string ticketId, customerId;
        var cluster = Start(source);
        try
        {
            var s = await (await new Scenario(cluster.GrainFactory).WithCustomer()).WithEngineer();
            var ticket = await s.TicketAt(TicketStatus.Contacted);
            (ticketId, customerId) = (ticket.Id, s.CustomerId);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
        }

        var legacy = TestStorage.NewDatabase();
        var at = new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);
        var alert = new SlaAlert(SlaAlert.IdOf(ticketId, SlaKind.FirstResponse, 0), ticketId, SlaKind.FirstResponse, 0, at, at.AddHours(1), customerId, null, null);
        var survey = new SatisfactionResponse($"survey:marketing-wu:{ticketId}", SatisfactionSource.Survey, 2, at, customerId);
        using (var from = new SqliteConnection(source))
        using (var to = new SqliteConnection(legacy))
        {
            from.Open();
            to.Open();
            using var read = from.CreateCommand();
            read.CommandText = "SELECT StateKey, Payload FROM AfterSalesGrainState";
            using var rows = read.ExecuteReader();
            while (rows.Read())
            {
                var key = rows.GetString(0).Split('/', 3);
                Insert(to, key[0] == "site" ? "installationsite" : key[0], key[2], 0, (byte[])rows.GetValue(1));
            }

            Insert(to, "alertinbox", "", 3, Json(new { Alerts = new Dictionary<string, SlaAlert> { [alert.Id] = alert } }));
            Insert(to, "satisfaction", "2026-03", 0, Json(new { Responses = new Dictionary<string, SatisfactionResponse> { [survey.Id] = survey } }));
        }

        cluster = Start(legacy);
        try
        {
            var readModel = cluster.Service<ReadModel>();
            var listed = await readModel.Tickets(new TicketFilter(CustomerId: customerId), 50, null);
            Assert.Equal([ticketId], listed.Items.Select(t => t.Id));
            Assert.Equal(TicketStatus.Contacted, listed.Items[0].Status);
            Assert.Equal(TicketStatus.Contacted, (await cluster.GrainFactory.GetGrain<ITicketGrain>(ticketId).Get()).Status);

            Assert.Contains((await readModel.Alerts(openOnly: true, 200, null)).Items, a => a.Id == alert.Id);
            var acknowledged = await cluster.GrainFactory.GetGrain<ITicketGrain>(ticketId).AcknowledgeAlert(Manager.By(alert.Id));
            Assert.Equal(Manager.UserId, acknowledged.AcknowledgedBy);

            var responses = await readModel.Responses(at.AddDays(-1), at.AddDays(1), new ReportFilter());
            Assert.Contains(responses, r => r.Id == survey.Id && r.Score == 2);
            Assert.Equal(0, await LegacyMigration.CopyGrainState(SqlDatabase.Sqlite(legacy)));
        }
        finally
        {
            await cluster.StopAllSilosAsync();
        }
    }

    private static TestCluster Start(string connectionString)
    {
        var builder = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.Properties["AfterSales:TestDatabase"] = connectionString;
        var cluster = builder.Build();
        cluster.Deploy();
        return cluster;
    }

    private static byte[] Json(object value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, new JsonSerializerOptions
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    }));

    private static void Insert(SqliteConnection db, string type, string key, long n1, byte[] payload)
    {
        using var insert = db.CreateCommand();
        insert.CommandText = """
            INSERT INTO OrleansGrainState (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString, GrainTypeHash, GrainIdHash, PayloadBinary, Version, ModifiedOn)
            VALUES ('aftersales', @Type, 0, @N1, @Key, 0, 0, @Payload, 1, '2026-03-02T00:00:00Z')
            """;
        insert.Parameters.AddWithValue("@Type", type);
        insert.Parameters.AddWithValue("@N1", n1);
        insert.Parameters.AddWithValue("@Key", key);
        insert.Parameters.AddWithValue("@Payload", payload);
        insert.ExecuteNonQuery();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => ClusterFixture.Configure(silo, ClusterFixture.Clock);
    }
}
