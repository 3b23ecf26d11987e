using System.Data.Common;
using System.Text.Json;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.Grains.Common;
using AfterSales.Persistence.Storage;

namespace AfterSales.Silo.Notifications;

/// <summary>
/// The notifier's tables in the service's database: the events the projector kept from the outbox, the deliveries each
/// asks for (one per event, channel and recipient, whatever happens twice), and the webhook subscriptions.
/// </summary>
public sealed class NotificationStore(SqlDatabase database)
{
    private const string DeliveryColumns =
        "Id, EventId, Event, TicketId, Channel, Recipient, SubscriptionId, Language, Status, Attempts, LastCode, LastError, CreatedOn, NextAttemptAt, SentAt";

    public async Task<IReadOnlyList<StoredEvent>> Unexpanded(int limit)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null,
            "SELECT Payload FROM AfterSalesEvent WHERE Expanded = 0 ORDER BY CreatedOn, TicketId, Version, Id LIMIT @Limit", ("Limit", limit));
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<StoredEvent>();
        while (await reader.ReadAsync())
        {
            var payload = reader.GetString(0);
            events.Add(new StoredEvent(JsonSerializer.Deserialize<NotificationEvent>(payload, OutboxJson.Options)!, payload));
        }

        return events;
    }

    /// <summary>The deliveries of some events, each once, and the events marked as planned: in one transaction.</summary>
    public Task Plan(IReadOnlyList<(NotificationEvent Event, IReadOnlyList<NewDelivery> Deliveries)> plans, DateTimeOffset now) => database.Write(async (c, t) =>
    {
        foreach (var (e, d) in plans.SelectMany(p => p.Deliveries.Select(d => (p.Event, d))))
        {
            await SqlDatabase.Execute(c, t,
                """
                INSERT INTO AfterSalesDelivery (EventId, Event, TicketId, Channel, Recipient, SubscriptionId, Language, Status, Attempts, LastError, CreatedOn, NextAttemptAt)
                VALUES (@EventId, @Event, @TicketId, @Channel, @Recipient, @SubscriptionId, @Language, @Status, 0, @Error, @Now, @Now)
                ON CONFLICT (EventId, Channel, Recipient) DO NOTHING
                """,
                ("EventId", e.Id), ("Event", e.Type), ("TicketId", e.TicketId is "" ? null : e.TicketId), ("Channel", d.Channel), ("Recipient", d.Recipient),
                ("SubscriptionId", d.SubscriptionId), ("Language", d.Language), ("Status", d.Skipped is null ? DeliveryStatus.Pending : DeliveryStatus.Skipped),
                ("Error", d.Skipped), ("Now", now.ToUnixTimeMilliseconds()));
        }

        foreach (var chunk in plans.Chunk(SqlDatabase.RowsPerStatement(c, 1, 200)))
        {
            var (ids, parameters) = SqlDatabase.Rows(["Id"], [.. chunk.Select(p => new object?[] { p.Event.Id })]);
            await SqlDatabase.Execute(c, t, $"UPDATE AfterSalesEvent SET Expanded = 1 WHERE Id IN ({ids})", parameters);
        }

        return true;
    });

    /// <summary>An event the notifier raises itself (a deadline near its breach), kept once by its id.</summary>
    public Task<bool> Raise(NotificationEvent e, DateTimeOffset now) => database.Write(async (c, t) =>
        await EventTable.Keep(c, t, [(e, JsonSerializer.Serialize(e, OutboxJson.Options))], now) == 1);

    public async Task<StoredEvent?> Event(string eventId)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null, "SELECT Payload FROM AfterSalesEvent WHERE Id = @Id", ("Id", eventId));
        return await command.ExecuteScalarAsync() is string payload
            ? new StoredEvent(JsonSerializer.Deserialize<NotificationEvent>(payload, OutboxJson.Options)!, payload)
            : null;
    }

    /// <summary>
    /// The tickets whose next deadline falls after <paramref name="from"/> and by <paramref name="to"/> and whose manager
    /// was not warned of it yet: (ticket, due).
    /// </summary>
    public async Task<IReadOnlyList<(string TicketId, DateTimeOffset DueAt)>> NearBreachesUntold(DateTimeOffset from, DateTimeOffset to, int limit)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null,
            $"""
            SELECT t.Id, t.SlaDueAt FROM RmTicket t
             WHERE t.SlaDueAt > @From AND t.SlaDueAt <= @To
               AND NOT EXISTS (SELECT 1 FROM AfterSalesEvent e WHERE e.Id = t.Id || ':' || t.SlaDueAt || '{NearBreachSuffix}')
             ORDER BY t.SlaDueAt LIMIT @Limit
            """,
            ("From", from.ToUnixTimeMilliseconds()), ("To", to.ToUnixTimeMilliseconds()), ("Limit", limit));
        await using var reader = await command.ExecuteReaderAsync();
        var due = new List<(string, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            due.Add((reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1))));
        }

        return due;
    }

    /// <summary>The id of a deadline's near-breach event: once per ticket and due time.</summary>
    public static string NearBreachId(string ticketId, DateTimeOffset dueAt) => $"{ticketId}:{dueAt.ToUnixTimeMilliseconds()}{NearBreachSuffix}";

    private const string NearBreachSuffix = ":near-breach";

    /// <summary>The old parts overdue (R-WTY-3) whose event was not raised yet: (ticket, part, due).</summary>
    public async Task<IReadOnlyList<(string TicketId, string PartNo, DateTimeOffset DueAt)>> OverdueOldPartsUntold(DateTimeOffset now, int limit)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null,
            $"""
            SELECT p.TicketId, p.PartNo, p.DueAt FROM RmOldPart p
             WHERE p.State = 'Expected' AND p.DueAt < @Now
               AND NOT EXISTS (SELECT 1 FROM AfterSalesEvent e WHERE e.Id = p.TicketId || ':' || p.PartNo || '{OldPartOverdueSuffix}')
             ORDER BY p.DueAt LIMIT @Limit
            """,
            ("Now", now.ToUnixTimeMilliseconds()), ("Limit", limit));
        await using var reader = await command.ExecuteReaderAsync();
        var parts = new List<(string, string, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            parts.Add((reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
        }

        return parts;
    }

    /// <summary>The id of an old part's overdue event: once per part of a ticket.</summary>
    public static string OldPartOverdueId(string ticketId, string partNo) => $"{ticketId}:{partNo}{OldPartOverdueSuffix}";

    private const string OldPartOverdueSuffix = ":old-part-overdue";

    public async Task<bool> Known(string eventId)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null, "SELECT 1 FROM AfterSalesEvent WHERE Id = @Id", ("Id", eventId));
        return await command.ExecuteScalarAsync() is not null;
    }

    /// <summary>
    /// Claims the deliveries due: their next attempt is moved a lease ahead, so that another silo (or this one's next
    /// round) does not send them meanwhile; a silo that dies holding them leaves them to be sent when the lease ends.
    /// </summary>
    public async Task<IReadOnlyList<StoredDelivery>> Claim(DateTimeOffset now, TimeSpan lease, int limit)
    {
        // Asked first without the writer's turn: most rounds find nothing due.
        await using (var connection = await database.Open())
        await using (var any = SqlDatabase.Command(connection, null,
            "SELECT 1 FROM AfterSalesDelivery WHERE Status = 'Pending' AND NextAttemptAt <= @Now LIMIT 1", ("Now", now.ToUnixTimeMilliseconds())))
        {
            if (await any.ExecuteScalarAsync() is null)
            {
                return [];
            }
        }

        return await ClaimDue(now, lease, limit);
    }

    private Task<IReadOnlyList<StoredDelivery>> ClaimDue(DateTimeOffset now, TimeSpan lease, int limit) => database.Write(async (c, t) =>
    {
        var skipLocked = database.IsSqlite ? "" : " FOR UPDATE SKIP LOCKED";
        await using var command = SqlDatabase.Command(c, t,
            $"""
            UPDATE AfterSalesDelivery SET NextAttemptAt = @Lease
            WHERE Id IN (SELECT Id FROM AfterSalesDelivery WHERE Status = 'Pending' AND NextAttemptAt <= @Now ORDER BY NextAttemptAt, Id LIMIT @Limit{skipLocked})
            RETURNING {DeliveryColumns}
            """,
            ("Lease", (now + lease).ToUnixTimeMilliseconds()), ("Now", now.ToUnixTimeMilliseconds()), ("Limit", limit));
        return await Read(command);
    });

    public Task Sent(StoredDelivery d, int? code, DateTimeOffset now) => Update(d, DeliveryStatus.Sent, code, null, now, now);

    /// <summary>A failed attempt: tried again at <paramref name="next"/>, or failed for good when that is null.</summary>
    public Task Missed(StoredDelivery d, int? code, string error, DateTimeOffset? next) =>
        Update(d, next is null ? DeliveryStatus.Failed : DeliveryStatus.Pending, code, error, next ?? d.NextAttemptAt, null);

    private Task Update(StoredDelivery d, string status, int? code, string? error, DateTimeOffset next, DateTimeOffset? sentAt) => database.Write(async (c, t) =>
        await SqlDatabase.Execute(c, t,
            "UPDATE AfterSalesDelivery SET Status = @Status, Attempts = Attempts + 1, LastCode = @Code, LastError = @Error, NextAttemptAt = @Next, SentAt = @SentAt WHERE Id = @Id",
            ("Status", status), ("Code", code), ("Error", error is null ? null : error[..Math.Min(error.Length, 500)]), ("Next", next.ToUnixTimeMilliseconds()),
            ("SentAt", sentAt?.ToUnixTimeMilliseconds()), ("Id", d.Id)));

    /// <summary>What was sent about a ticket, oldest first.</summary>
    public async Task<IReadOnlyList<StoredDelivery>> OfTicket(string ticketId, int limit = 500)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null,
            $"SELECT {DeliveryColumns} FROM AfterSalesDelivery WHERE TicketId = @Ticket ORDER BY Id LIMIT @Limit", ("Ticket", ticketId), ("Limit", limit));
        return await Read(command);
    }

    /// <summary>The deliveries of the events named.</summary>
    public async Task<IReadOnlyList<StoredDelivery>> OfEvents(IReadOnlyList<string> eventIds)
    {
        if (eventIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null,
            $"SELECT {DeliveryColumns} FROM AfterSalesDelivery WHERE EventId IN ({string.Join(", ", eventIds.Select((_, i) => $"@E{i}"))}) ORDER BY Id",
            [.. eventIds.Select((e, i) => ($"E{i}", (object?)e))]);
        return await Read(command);
    }

    /// <summary>A subscription's deliveries, newest first, a page at a time (<paramref name="before"/>: the last id of the page before).</summary>
    public async Task<IReadOnlyList<StoredDelivery>> OfSubscription(string subscriptionId, int limit, long? before)
    {
        await using var connection = await database.Open();
        await using var command = SqlDatabase.Command(connection, null,
            $"SELECT {DeliveryColumns} FROM AfterSalesDelivery WHERE SubscriptionId = @Subscription AND Id < @Before ORDER BY Id DESC LIMIT @Limit",
            ("Subscription", subscriptionId), ("Before", before ?? long.MaxValue), ("Limit", limit));
        return await Read(command);
    }

    /// <summary>Keeps a subscription; false when one of its id is kept already.</summary>
    public Task<bool> Subscribe(WebhookSubscription s) => database.Write(async (c, t) =>
        await SqlDatabase.Execute(c, t,
            "INSERT INTO AfterSalesWebhook (Id, Kind, Url, Events, Secret, CreatedBy, CreatedOn) VALUES (@Id, @Kind, @Url, @Events, @Secret, @By, @Now) ON CONFLICT (Id) DO NOTHING",
            ("Id", s.Id), ("Kind", s.Kind), ("Url", s.Url), ("Events", string.Join(' ', s.Events)), ("Secret", s.Secret), ("By", s.CreatedBy),
            ("Now", s.CreatedAt.ToUnixTimeMilliseconds())) == 1);

    public async Task<IReadOnlyList<WebhookSubscription>> Subscriptions()
    {
        await using var connection = await database.Open();
        return await Subscriptions(connection, null);
    }

    public async Task<WebhookSubscription?> Subscription(string id)
    {
        await using var connection = await database.Open();
        return (await Subscriptions(connection, null, id)).SingleOrDefault();
    }

    /// <summary>The subscriptions (or the one <paramref name="id"/> names), read on a connection the caller holds.</summary>
    public static async Task<IReadOnlyList<WebhookSubscription>> Subscriptions(DbConnection connection, DbTransaction? transaction, string? id = null)
    {
        await using var command = SqlDatabase.Command(connection, transaction,
            $"SELECT Id, Kind, Url, Events, Secret, CreatedBy, CreatedOn FROM AfterSalesWebhook{(id is null ? "" : " WHERE Id = @Id")} ORDER BY CreatedOn, Id",
            id is null ? [] : [("Id", id)]);
        await using var reader = await command.ExecuteReaderAsync();
        var subscriptions = new List<WebhookSubscription>();
        while (await reader.ReadAsync())
        {
            subscriptions.Add(new WebhookSubscription(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                reader.GetString(4), reader.GetString(5), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6))));
        }

        return subscriptions;
    }

    private static async Task<IReadOnlyList<StoredDelivery>> Read(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var deliveries = new List<StoredDelivery>();
        while (await reader.ReadAsync())
        {
            int? IntOrNull(int i) => reader.IsDBNull(i) ? null : Convert.ToInt32(reader.GetValue(i));
            string? TextOrNull(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            DateTimeOffset At(int i) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(i));
            deliveries.Add(new StoredDelivery(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), TextOrNull(3), reader.GetString(4), reader.GetString(5), TextOrNull(6),
                TextOrNull(7), reader.GetString(8), Convert.ToInt32(reader.GetValue(9)), IntOrNull(10), TextOrNull(11), At(12), At(13),
                reader.IsDBNull(14) ? null : At(14)));
        }

        return deliveries;
    }
}
