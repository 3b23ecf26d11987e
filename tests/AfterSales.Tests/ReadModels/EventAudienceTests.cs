using System.Data.Common;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.Grains.Common;
using AfterSales.Silo.Hosting;
using AfterSales.Persistence.ReadModels;
using AfterSales.Persistence.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace AfterSales.Tests.ReadModels;

/// <summary>
/// The projector keeps an event for the notifier only where its audience hears that type: what goes to no one is
/// neither kept nor planned. Without an audience (a service with no notifier) every event is kept.
/// </summary>
public sealed class EventAudienceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aftersales-audience-").FullName;

    [Fact]
    public async Task Only_the_events_someone_hears_are_kept_and_without_an_audience_all_are()
    {
        var heard = await Project(new HearsOnly(EventTypes.Dispatched), "heard");
        Assert.Equal(["T-heard:v2:ticket.dispatched"], heard);

        var all = await Project(null, "all");
        Assert.Equal(["T-all:v1:ticket.received", "T-all:v2:ticket.dispatched"], all);
    }

    /// <summary>Two events of ticket <paramref name="tag"/> through the outbox and the projector; answers the ids kept.</summary>
    private async Task<List<string>> Project(IEventAudience? audience, string tag)
    {
        var database = SqlDatabase.Sqlite($"Data Source={Path.Combine(_directory, $"{tag}.db")}");
        SchemaMigrations.Upgrade(StorageProvider.Sqlite, $"Data Source={Path.Combine(_directory, $"{tag}.db")}");

        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        await database.Write(async (c, t) =>
        {
            foreach (var (type, version) in new[] { (EventTypes.Received, 1L), (EventTypes.Dispatched, 2L) })
            {
                var e = new NotificationEvent($"T-{tag}:v{version}:{type}", type, $"T-{tag}", at, "Received", "C-1", null, null, Version: version);
                var m = OutboxJson.Message(OutboxKinds.Event, e.Id, version, e);
                await SqlDatabase.Execute(c, t, "INSERT INTO AfterSalesOutbox (Kind, OwnerKey, Version, Payload, CreatedOn) VALUES (@Kind, @Key, @Version, @Payload, 0)",
                    ("Kind", m.Kind), ("Key", m.Key), ("Version", m.Version), ("Payload", m.Payload));
            }

            return 0;
        });

        Assert.Equal(2, await new Projector(database, NullLogger<Projector>.Instance, audience).CatchUp());
        await using var read = await database.Open();
        await using var command = SqlDatabase.Command(read, null, "SELECT Id FROM AfterSalesEvent ORDER BY Version");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class HearsOnly(string type) : IEventAudience
    {
        public Task<Func<string, bool>> Hearing(DbConnection connection, DbTransaction transaction) => Task.FromResult<Func<string, bool>>(t => t == type);
    }
}
