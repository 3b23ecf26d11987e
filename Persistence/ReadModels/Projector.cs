using System.Data.Common;
using System.Text.Json;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.Grains.Accounts;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Machines;
using AfterSales.Grains.Common;
using AfterSales.Persistence.Storage;

namespace AfterSales.Persistence.ReadModels;

/// <summary>
/// Applies the outbox to the read models: takes a batch of outbox rows, applies the newest version of each owner
/// whose read-model version is older (so a message delivered twice counts once), and deletes the rows, all in one
/// transaction; a failure rolls the batch back into the outbox. Off the request path (<see cref="ProjectorService"/>);
/// a query that must see every acknowledged write first catches up (<see cref="CatchUp"/>).
/// </summary>
public sealed class Projector(SqlDatabase database, ILogger<Projector> logger, IEventAudience? audience = null)
{
    public const int BatchSize = 500;

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Raised after this silo applied outbox messages to the read models (the web app's live lists listen).</summary>
    public event Action? Applied;

    /// <summary>Applies the outbox until it is empty; answers how many messages were applied.</summary>
    public async Task<int> CatchUp(CancellationToken cancellationToken = default)
    {
        if (!await Pending())
        {
            return 0;
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            int applied;
            do
            {
                try
                {
                    applied = await ApplyBatch(carefully: false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The batch went back into the outbox: applied again message by message, setting aside what fails.
                    logger.LogWarning(e, "An outbox batch could not be applied; applying it message by message");
                    applied = await ApplyBatch(carefully: true);
                }

                total += applied;
            }
            while (applied == BatchSize && !cancellationToken.IsCancellationRequested);

            if (total > 0)
            {
                Applied?.Invoke();
            }

            return total;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Whether the outbox holds anything (a read, without the writer's turn).</summary>
    public async Task<bool> Pending()
    {
        await using var connection = await database.Open();
        return await Pending(connection);
    }

    /// <summary>
    /// Whether the outbox holds anything, asked on a connection the caller holds: by its key's index, which skips the
    /// rows deleted since the last vacuum, where a scan of the table reads them all.
    /// </summary>
    public static async Task<bool> Pending(DbConnection connection)
    {
        await using var command = SqlDatabase.Command(connection, null, "SELECT 1 FROM AfterSalesOutbox ORDER BY Seq LIMIT 1");
        return await command.ExecuteScalarAsync() is not null;
    }

    /// <param name="carefully">Each message in a savepoint of its own, so one that fails is set aside alone.</param>
    private Task<int> ApplyBatch(bool carefully) => database.Write(async (connection, transaction) =>
    {
        var claim = database.IsSqlite
            ? "DELETE FROM AfterSalesOutbox WHERE Seq IN (SELECT Seq FROM AfterSalesOutbox ORDER BY Seq LIMIT @Limit) RETURNING Seq, Kind, OwnerKey, Version, Payload"
            // Not SKIP LOCKED: a query that catches up waits for another silo's batch, so it sees every acknowledged write.
            : "DELETE FROM AfterSalesOutbox WHERE Seq IN (SELECT Seq FROM AfterSalesOutbox ORDER BY Seq LIMIT @Limit FOR UPDATE) RETURNING Seq, Kind, OwnerKey, Version, Payload";
        var messages = new List<OutboxMessage>();
        await using (var command = SqlDatabase.Command(connection, transaction, claim, ("Limit", BatchSize)))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                messages.Add(new OutboxMessage(reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4)));
            }
        }

        // In one order of owners, so that two silos applying batches never wait on each other's rows in turn.
        var newest = messages.GroupBy(m => (m.Kind, m.Key)).Select(g => g.MaxBy(m => m.Version)!)
            .OrderBy(m => m.Kind, StringComparer.Ordinal).ThenBy(m => m.Key, StringComparer.Ordinal).ToList();
        // Read once a batch, within it: an event no one hears is not kept.
        var heard = audience is not null && newest.Any(m => m.Kind == OutboxKinds.Event) ? await audience.Hearing(connection, transaction) : null;
        if (!carefully)
        {
            await Apply(connection, transaction, newest, heard);
            return messages.Count;
        }

        foreach (var message in newest)
        {
            await transaction.SaveAsync("message");
            try
            {
                await Apply(connection, transaction, [message], heard);
                await transaction.ReleaseAsync("message");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A message that cannot be applied would block the outbox for ever: it is set aside, with why.
                await transaction.RollbackAsync("message");
                logger.LogError(e, "Outbox message {Kind} {Key} v{Version} could not be applied; set aside", message.Kind, message.Key, message.Version);
                await SqlDatabase.Execute(connection, transaction,
                    "INSERT INTO AfterSalesOutboxFailed (Kind, OwnerKey, Version, Payload, Error, CreatedOn) VALUES (@Kind, @Owner, @Version, @Payload, @Error, @Now)",
                    ("Kind", message.Kind), ("Owner", message.Key), ("Version", message.Version), ("Payload", message.Payload),
                    ("Error", e.Message), ("Now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            }
        }

        return messages.Count;
    });

    private static string OwnerOf(OutboxMessage m) => $"{m.Kind}:{m.Key}";

    /// <summary>
    /// The newest message of each owner, applied where the read models hold an older version: the versions moved
    /// forward and the tickets' rows written a chunk at a time (a statement each, not two per message).
    /// </summary>
    private static async Task Apply(DbConnection c, DbTransaction t, IReadOnlyList<OutboxMessage> batch, Func<string, bool>? heard)
    {
        var events = batch.Where(m => m.Kind == OutboxKinds.Event).Select(m => (Event: OutboxJson.Read<NotificationEvent>(m), m.Payload))
            .Where(e => heard is null || heard(e.Event.Type)).ToList();
        foreach (var chunk in events.Chunk(SqlDatabase.RowsPerStatement(c, EventTable.Columns.Count, OwnersPerStatement)))
        {
            // The events for the notifier, each kept once by its id.
            await EventTable.Keep(c, t, chunk, DateTimeOffset.UtcNow);
        }

        foreach (var m in batch.Where(m => m.Kind == OutboxKinds.AccountHistory))
        {
            // An account's history lines, each kept once by its number.
            var line = OutboxJson.Read<AccountHistoryLine>(m);
            await SqlDatabase.Execute(c, t,
                "INSERT INTO RmAccountHistory (UserName, Seq, At, Entry) VALUES (@User, @Seq, @At, @Entry) ON CONFLICT (UserName, Seq) DO NOTHING",
                ("User", line.UserName), ("Seq", line.Seq), ("At", line.Event.At.ToUnixTimeMilliseconds()),
                ("Entry", JsonSerializer.Serialize(line.Event, OutboxJson.Options)));
        }

        foreach (var m in batch.Where(m => m.Kind == OutboxKinds.MachineReading))
        {
            // A machine's readings of its hours (R-MCH-2), each kept once by its number; a correction is a row of its own.
            var r = OutboxJson.Read<MachineReading>(m);
            await SqlDatabase.Execute(c, t,
                """
                INSERT INTO RmMachineReading (Serial, Seq, Hours, ReadAt, Source, ReadBy, RecordedAt, TicketId, Corrects, Reason)
                VALUES (@Serial, @Seq, @Hours, @ReadAt, @Source, @By, @RecordedAt, @TicketId, @Corrects, @Reason) ON CONFLICT (Serial, Seq) DO NOTHING
                """,
                ("Serial", r.Serial), ("Seq", r.Seq), ("Hours", r.Hours), ("ReadAt", r.ReadAt.ToUnixTimeMilliseconds()), ("Source", r.Source.ToString()),
                ("By", r.By), ("RecordedAt", r.RecordedAt.ToUnixTimeMilliseconds()), ("TicketId", r.TicketId), ("Corrects", r.Corrects), ("Reason", r.Reason));
        }

        var newest = batch.Where(m => m.Kind is not OutboxKinds.Event and not OutboxKinds.AccountHistory and not OutboxKinds.MachineReading).ToList();
        var advanced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in newest.Chunk(SqlDatabase.RowsPerStatement(c, 2, OwnersPerStatement)))
        {
            advanced.UnionWith(await Advance(c, t, chunk));
        }

        var tickets = new List<(string Owner, TicketProjection Projection)>();
        foreach (var m in newest.Where(m => advanced.Contains(OwnerOf(m))))
        {
            switch (m.Kind)
            {
                case OutboxKinds.Ticket:
                    tickets.Add((OwnerOf(m), OutboxJson.Read<TicketProjection>(m)));
                    break;
                case OutboxKinds.Satisfaction:
                    await ReplaceResponses(c, t, OwnerOf(m), OutboxJson.Read<SatisfactionProjection>(m).Responses);
                    break;
                case OutboxKinds.User:
                    await ApplyUser(c, t, OutboxJson.Read<UserView>(m), m.Payload);
                    break;
                case var kind when OutboxKinds.Directory.Contains(kind):
                    await ApplyDirectory(c, t, m);
                    break;
                case OutboxKinds.Machine:
                    await ApplyMachine(c, t, OutboxJson.Read<MachineProjection>(m), m.Payload);
                    break;
                case OutboxKinds.MaintenancePlan:
                    // A line's plan changed: each of its machines plans again at the watch's next round (R-PM-1).
                    await SqlDatabase.Execute(c, t, "UPDATE RmMachine SET WakeAt = @Now WHERE ProductLine = @Line",
                        ("Now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), ("Line", m.Key));
                    break;
                case OutboxKinds.Campaign:
                    await SqlDatabase.Execute(c, t,
                        "INSERT INTO RmCampaign (Id, CreatedAt, Summary) VALUES (@Id, @CreatedAt, @Summary) ON CONFLICT (Id) DO UPDATE SET Summary = excluded.Summary",
                        ("Id", m.Key), ("CreatedAt", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), ("Summary", m.Payload));
                    break;
            }
        }

        foreach (var chunk in tickets.Chunk(SqlDatabase.RowsPerStatement(c, TicketColumns.Length, TicketsPerStatement)))
        {
            await UpsertTickets(c, t, chunk.Select(x => x.Projection).ToList());
        }

        foreach (var (owner, projection) in tickets)
        {
            await ApplyTicketDetails(c, t, owner, projection);
        }
    }

    // Bounded so that a statement keeps far within either database's limit of parameters.
    private const int OwnersPerStatement = 250;
    private const int TicketsPerStatement = 50;

    /// <summary>Moves each owner's version forward where it is older; answers the owners that moved.</summary>
    private static async Task<IReadOnlyList<string>> Advance(DbConnection c, DbTransaction t, IReadOnlyList<OutboxMessage> messages)
    {
        var (values, parameters) = SqlDatabase.Rows(["Owner", "Version"], [.. messages.Select(m => new object?[] { OwnerOf(m), m.Version })]);
        await using var command = SqlDatabase.Command(c, t,
            $"""
            INSERT INTO RmOwner (OwnerKey, Version) VALUES {values}
            ON CONFLICT (OwnerKey) DO UPDATE SET Version = excluded.Version WHERE RmOwner.Version < excluded.Version
            RETURNING OwnerKey
            """,
            parameters);
        var advanced = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            advanced.Add(reader.GetString(0));
        }

        return advanced;
    }

    private static async Task ApplyDirectory(DbConnection c, DbTransaction t, OutboxMessage m)
    {
        var p = OutboxJson.Read<DirectoryProjection<JsonElement>>(m);
        if (p.Name is null)
        {
            await SqlDatabase.Execute(c, t, "DELETE FROM RmDirectory WHERE Kind = @Kind AND Id = @Id", ("Kind", m.Kind), ("Id", m.Key));
            return;
        }

        await SqlDatabase.Execute(c, t,
            """
            INSERT INTO RmDirectory (Kind, Id, SearchKey, RegionKeys, OwnerId, Attention, Summary)
            VALUES (@Kind, @Id, @SearchKey, @RegionKeys, @OwnerId, @Attention, @Summary)
            ON CONFLICT (Kind, Id) DO UPDATE SET SearchKey = excluded.SearchKey, RegionKeys = excluded.RegionKeys, OwnerId = excluded.OwnerId,
                Attention = excluded.Attention, Summary = excluded.Summary
            """,
            ("Kind", m.Kind), ("Id", m.Key), ("SearchKey", ReadModel.SearchKey($"{m.Key} {p.Name}")),
            ("RegionKeys", $"|{string.Join('|', p.Regions.Select(ReadModel.RegionKey))}|"), ("OwnerId", p.OwnerId), ("Attention", p.Attention),
            ("Summary", p.Summary.GetRawText()));
    }

    private static Task ApplyMachine(DbConnection c, DbTransaction t, MachineProjection p, string payload)
    {
        var s = p.Summary;
        return SqlDatabase.Execute(c, t,
            """
            INSERT INTO RmMachine (Serial, CustomerId, StationId, ProductLine, Model, RegionKey, CommissionedOn, SearchKey, MaintenanceDue, WakeAt, Summary)
            VALUES (@Serial, @CustomerId, @StationId, @ProductLine, @Model, @RegionKey, @CommissionedOn, @SearchKey, @Due,
                    -- A machine that planned with an older plan of its line than the read model has seen wakes at once (the
                    -- plan's own message may have been applied before this machine's write).
                    CASE WHEN @PlanVersion < COALESCE((SELECT Version FROM RmOwner WHERE OwnerKey = @PlanOwner), 0) THEN @Now ELSE @WakeAt END, @Summary)
            ON CONFLICT (Serial) DO UPDATE SET CustomerId = excluded.CustomerId, StationId = excluded.StationId, ProductLine = excluded.ProductLine,
                Model = excluded.Model, RegionKey = excluded.RegionKey, CommissionedOn = excluded.CommissionedOn, SearchKey = excluded.SearchKey,
                MaintenanceDue = excluded.MaintenanceDue, WakeAt = excluded.WakeAt, Summary = excluded.Summary
            """,
            ("Serial", s.Serial), ("CustomerId", s.CustomerId), ("StationId", s.StationId), ("ProductLine", s.ProductLine.ToString()), ("Model", s.Model),
            ("RegionKey", ReadModel.RegionKey(s.Region)), ("CommissionedOn", s.CommissionedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("SearchKey", ReadModel.SearchKey($"{s.Serial} {s.Model} {s.CustomerId}")), ("Due", s.MaintenanceDue ? 1 : 0),
            ("WakeAt", p.WakeAt?.ToUnixTimeMilliseconds()), ("Summary", JsonSerializer.Serialize(s, OutboxJson.Options)),
            ("PlanVersion", p.PlanVersion), ("PlanOwner", $"{OutboxKinds.MaintenancePlan}:{s.ProductLine}"), ("Now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
    }

    private static Task ApplyUser(DbConnection c, DbTransaction t, UserView user, string payload) =>
        SqlDatabase.Execute(c, t,
            """
            INSERT INTO RmUser (UserName, Role, SearchKey, Email, ExternalSubject, EngineerId, Summary)
            VALUES (@User, @Role, @SearchKey, @Email, @Subject, @Engineer, @Summary)
            ON CONFLICT (UserName) DO UPDATE SET Role = excluded.Role, SearchKey = excluded.SearchKey, Email = excluded.Email,
                ExternalSubject = excluded.ExternalSubject, EngineerId = excluded.EngineerId, Summary = excluded.Summary
            """,
            ("User", user.UserName), ("Role", user.Role.ToString()), ("SearchKey", ReadModel.SearchKey($"{user.UserName} {user.DisplayName} {user.Email}")),
            ("Email", user.Email?.Trim().ToLowerInvariant()), ("Subject", user.ExternalSubject), ("Engineer", user.EngineerId), ("Summary", payload));

    private static readonly string[] TicketColumns =
    [
        "Id", "Version", "Status", "Channel", "CustomerId", "MachineSerial", "ProductLine", "Category", "EngineerId", "StationId", "Region",
        "RegionKey", "ReceivedAt", "Breached", "SlaDueAt", "FirstResponseHours", "TimeToSiteHours", "ResolutionHours", "Breaches", "Closed", "Summary",
        "CampaignId",
    ];

    private static readonly string TicketUpdates = string.Join(", ", TicketColumns.Skip(1).Select(k => $"{k} = excluded.{k}"));

    /// <summary>The tickets' lines in the lists and their facts, one row each, in one statement.</summary>
    private static async Task UpsertTickets(DbConnection c, DbTransaction t, IReadOnlyList<TicketProjection> tickets)
    {
        var (values, parameters) = SqlDatabase.Rows(TicketColumns, [.. tickets.Select(TicketValues)]);
        await SqlDatabase.Execute(c, t,
            $"INSERT INTO RmTicket ({string.Join(", ", TicketColumns)}) VALUES {values} ON CONFLICT (Id) DO UPDATE SET {TicketUpdates}",
            parameters);
    }

    // In the order of TicketColumns.
    private static object?[] TicketValues(TicketProjection p)
    {
        var (s, f) = (p.Summary, p.Facts);
        return
        [
            s.Id, s.Version, s.Status.ToString(), s.Channel.ToString(), s.CustomerId, s.MachineSerial, s.ProductLine.ToString(),
            s.Category?.ToString(), s.EngineerId, s.StationId, s.Region, ReadModel.RegionKey(s.Region), s.ReceivedAt.ToUnixTimeMilliseconds(),
            s.Breached ? 1 : 0, s.SlaDueAt?.ToUnixTimeMilliseconds(), f.FirstResponseHours, f.TimeToSiteHours, f.ResolutionHours, f.Breaches,
            f.Closed ? 1 : 0, JsonSerializer.Serialize(s, OutboxJson.Options), s.CampaignId,
        ];
    }

    private static async Task ApplyTicketDetails(DbConnection c, DbTransaction t, string owner, TicketProjection p)
    {
        var s = p.Summary;
        // A ticket's old parts, responses and alerts only ever grow with its versions: where the newest version has
        // none, no older one had any, and there is nothing to replace (most writes of most tickets).
        if (p.OldParts.Count > 0)
        {
            await SqlDatabase.Execute(c, t, "DELETE FROM RmOldPart WHERE TicketId = @Id", ("Id", s.Id));
        }

        foreach (var part in p.OldParts)
        {
            await SqlDatabase.Execute(c, t,
                "INSERT INTO RmOldPart (TicketId, PartNo, Quantity, DueAt, State) VALUES (@Id, @PartNo, @Quantity, @DueAt, @State) ON CONFLICT (TicketId, PartNo) DO NOTHING",
                ("Id", s.Id), ("PartNo", part.PartNo), ("Quantity", part.Quantity), ("DueAt", part.DueAt.ToUnixTimeMilliseconds()), ("State", part.State.ToString()));
        }

        await ReplaceResponses(c, t, owner, p.Responses);
        if (p.Alerts.Count > 0)
        {
            await SqlDatabase.Execute(c, t, "DELETE FROM RmAlert WHERE TicketId = @Id", ("Id", s.Id));
        }

        foreach (var alert in p.Alerts)
        {
            await SqlDatabase.Execute(c, t,
                "INSERT INTO RmAlert (Id, TicketId, Payload, RaisedAt, Acknowledged) VALUES (@Id, @TicketId, @Payload, @RaisedAt, @Acknowledged) ON CONFLICT (Id) DO NOTHING",
                ("Id", alert.Id), ("TicketId", s.Id), ("Payload", JsonSerializer.Serialize(alert, OutboxJson.Options)),
                ("RaisedAt", alert.RaisedAt.ToUnixTimeMilliseconds()), ("Acknowledged", alert.AcknowledgedAt is null ? 0 : 1));
        }
    }

    // An owner's responses only ever grow (a ticket's ratings, an engineer's visits, a survey's one response).
    private static async Task ReplaceResponses(DbConnection c, DbTransaction t, string owner, IReadOnlyList<SatisfactionResponse> responses)
    {
        if (responses.Count == 0)
        {
            return;
        }

        await SqlDatabase.Execute(c, t, "DELETE FROM RmSatisfaction WHERE OwnerKey = @Owner", ("Owner", owner));
        foreach (var r in responses)
        {
            await SqlDatabase.Execute(c, t,
                """
                INSERT INTO RmSatisfaction (Id, OwnerKey, Source, Score, At, CustomerId, EngineerId, StationId, RegionKey, ProductLine)
                VALUES (@Id, @Owner, @Source, @Score, @At, @CustomerId, @EngineerId, @StationId, @RegionKey, @ProductLine)
                ON CONFLICT (Id) DO UPDATE SET OwnerKey = excluded.OwnerKey, Source = excluded.Source, Score = excluded.Score, At = excluded.At,
                    CustomerId = excluded.CustomerId, EngineerId = excluded.EngineerId, StationId = excluded.StationId,
                    RegionKey = excluded.RegionKey, ProductLine = excluded.ProductLine
                """,
                ("Id", r.Id), ("Owner", owner), ("Source", r.Source.ToString()), ("Score", r.Score), ("At", r.At.ToUnixTimeMilliseconds()),
                ("CustomerId", r.CustomerId), ("EngineerId", r.EngineerId), ("StationId", r.StationId), ("RegionKey", ReadModel.RegionKey(r.Region)),
                ("ProductLine", r.ProductLine?.ToString()));
        }
    }
}
