using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Common;
using Orleans.Storage;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// The grain storage of the service: one row per grain state in AfterSalesGrainState (key <c>state/grain id</c>, an
/// integer ETag, the state as JSON), written in one transaction with what the command wrote besides it
/// (<see cref="CommandWrite"/>, handed over by the pipeline through <see cref="CommandWrites"/>): its outbox messages,
/// so what the read models learn of a write is never lost and never ahead of it; its new history entries, appended
/// to AfterSalesJournal (a state with a journal, <see cref="IHasJournal"/>, is written without its history); the
/// answer of its idempotency key, to AfterSalesIdempotency (on PostgreSQL all of it one statement:
/// <see cref="PostgreSqlStateWrite"/>).
/// </summary>
public sealed class SqlGrainStorage(SqlDatabase database, IGrainStorageSerializer serializer, FreshStates fresh, CommandWrites writes) : ICommandWriteStorage
{
    public static string KeyOf(string stateName, GrainId grainId) => $"{stateName}/{grainId}";

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (fresh.Take(grainId))
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null,
            "SELECT ETag, Payload FROM AfterSalesGrainState WHERE StateKey = @Key", ("Key", KeyOf(stateName, grainId)));
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.ETag = reader.GetInt64(0).ToString();
        var state = serializer.Deserialize<T>(new BinaryData((byte[])reader.GetValue(1)));
        await reader.DisposeAsync();
        if (state is IHasJournal { JournalWritten: > 0 } journal)
        {
            journal.History = await History(connection, KeyOf(stateName, grainId), journal.JournalWritten);
        }

        grainState.State = state;
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = KeyOf(stateName, grainId);
        // The write's span in the request's trace (the database's own spans, where its driver has them, below it).
        using var activity = ServiceTelemetry.Source.StartActivity("grain-state write", ActivityKind.Client);
        activity?.SetTag("db.system", database.IsSqlite ? "sqlite" : "postgresql");
        activity?.SetTag("aftersales.state", key);
        var write = writes.Take(grainId);
        var journal = grainState.State as IHasJournal;
        var firstSeq = journal?.JournalWritten ?? 0;
        var journaled = firstSeq + write.History.Count;
        var payload = serializer.Serialize(journal is null ? grainState.State : WithoutHistory<T>(journal, journaled)).ToArray();
        var outbox = write.Outbox;
        var expected = grainState.ETag is { } e ? long.Parse(e) : (long?)null;
        var answer = write.Answer;
        var entries = write.History.Select(a => JsonSerializer.Serialize(a, OutboxJson.Options)).ToList();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        bool written;
        if (database.IsSqlite)
        {
            written = await database.Write(async (connection, transaction) =>
            {
                var rows = expected is { } etag
                    ? await SqlDatabase.Execute(connection, transaction,
                        "UPDATE AfterSalesGrainState SET ETag = ETag + 1, Payload = @Payload, ModifiedOn = @Now WHERE StateKey = @Key AND ETag = @ETag",
                        ("Payload", payload), ("Now", now), ("Key", key), ("ETag", etag))
                    : await SqlDatabase.Execute(connection, transaction,
                        "INSERT INTO AfterSalesGrainState (StateKey, ETag, Payload, ModifiedOn) VALUES (@Key, 1, @Payload, @Now) ON CONFLICT (StateKey) DO NOTHING",
                        ("Key", key), ("Payload", payload), ("Now", now));
                if (rows != 1)
                {
                    return false;
                }

                foreach (var m in outbox)
                {
                    await Enqueue(connection, transaction, m, now);
                }

                if (answer is not null)
                {
                    await SqlIdempotencyStore.Insert(connection, transaction, answer);
                }

                for (var i = 0; i < entries.Count; i++)
                {
                    await SqlDatabase.Execute(connection, transaction,
                        "INSERT INTO AfterSalesJournal (StateKey, Seq, Entry) VALUES (@Key, @Seq, @Entry) ON CONFLICT (StateKey, Seq) DO NOTHING",
                        ("Key", key), ("Seq", firstSeq + i), ("Entry", entries[i]));
                }

                return true;
            });
        }
        else
        {
            await using var connection = await database.Open();
            written = await PostgreSqlStateWrite.Run(connection, key, expected, payload, now, outbox, firstSeq, entries, answer);
        }

        if (!written)
        {
            throw new InconsistentStateException($"{key} was written by another activation.", "unknown", grainState.ETag);
        }

        grainState.ETag = ((expected ?? 0) + 1).ToString();
        grainState.RecordExists = true;
        if (journal is not null)
        {
            journal.JournalWritten = journaled;
        }
    }

    // The state without its history, with the count of entries the journal holds once this write commits.
    private static T WithoutHistory<T>(IHasJournal journal, int journaled)
    {
        var copy = journal.WithoutHistory();
        copy.JournalWritten = journaled;
        return (T)copy;
    }

    private static async Task<List<HistoryEntry>> History(DbConnection connection, string key, int count)
    {
        await using var command = SqlDatabase.Command(connection, null,
            "SELECT Entry FROM AfterSalesJournal WHERE StateKey = @Key AND Seq < @Count ORDER BY Seq", ("Key", key), ("Count", count));
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<HistoryEntry>(count);
        while (await reader.ReadAsync())
        {
            entries.Add(JsonSerializer.Deserialize<HistoryEntry>(reader.GetString(0), OutboxJson.Options)!);
        }

        return entries;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = KeyOf(stateName, grainId);
        if (grainState.ETag is { } e)
        {
            var rows = await database.Write(async (connection, transaction) =>
            {
                await SqlDatabase.Execute(connection, transaction, "DELETE FROM AfterSalesJournal WHERE StateKey = @Key", ("Key", key));
                return await SqlDatabase.Execute(connection, transaction,
                    "DELETE FROM AfterSalesGrainState WHERE StateKey = @Key AND ETag = @ETag", ("Key", key), ("ETag", long.Parse(e)));
            });
            if (rows != 1)
            {
                throw new InconsistentStateException($"{key} was written by another activation.", "unknown", grainState.ETag);
            }
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public static Task<int> Enqueue(DbConnection connection, DbTransaction transaction, OutboxMessage m, long now) =>
        SqlDatabase.Execute(connection, transaction,
            "INSERT INTO AfterSalesOutbox (Kind, OwnerKey, Version, Payload, CreatedOn) VALUES (@Kind, @Owner, @Version, @Payload, @Now)",
            ("Kind", m.Kind), ("Owner", m.Key), ("Version", m.Version), ("Payload", m.Payload), ("Now", now));
}
