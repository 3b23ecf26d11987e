using AfterSales.GrainInterfaces.Accounts;
using System.Data.Common;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Grains.Reporting;
using AfterSales.Persistence.Storage;

namespace AfterSales.Persistence.ReadModels;

/// <summary>
/// What spans many grains, read from the read-model tables the <see cref="Projector"/> keeps: ticket lists (keyset
/// pages), the facts of the reports, satisfaction responses, overdue old parts, alerts. Each query first applies what
/// the outbox still holds, so it sees every acknowledged write.
/// </summary>
public sealed partial class ReadModel(SqlDatabase database, Projector projector, ILogger<ReadModel> logger)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static string? RegionKey(string? region) => string.IsNullOrWhiteSpace(region) ? null : region.Trim().ToLowerInvariant();

    /// <summary>What a search of names and ids compares: the text in lower case.</summary>
    public static string SearchKey(string text) => text.Trim().ToLowerInvariant();

    public static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        >= 1 and <= MaxLimit => limit.Value,
        _ => throw new InvalidInputException("API-PAGE", "limit", Sentence.Of("refusal.api.limit", $"limit is 1 to {MaxLimit}.")),
    };

    /// <summary>Tickets newest first (received, then id), one keyset page.</summary>
    public Task<Page<TicketSummary>> Tickets(TicketFilter filter, int limit, string? cursor)
    {
        var (where, parameters) = Where(filter);
        return NewestFirst<TicketSummary>("RmTicket", "ReceivedAt", "Summary", where, parameters, limit, cursor);
    }

    /// <summary>Tickets in the order of a list of work (<see cref="TicketOrder"/>), one keyset page.</summary>
    public async Task<Page<TicketSummary>> Tickets(TicketFilter filter, TicketOrder order, int limit, string? cursor)
    {
        if (order == TicketOrder.Newest)
        {
            return await Tickets(filter, limit, cursor);
        }

        var (where, parameters) = Where(filter);
        var key = SortKey(order);
        if (Cursor.Read(cursor) is { } after)
        {
            where.Add($"({key} > @CursorAt OR ({key} = @CursorAt AND Id > @CursorId))");
            parameters.Add(("CursorAt", after.At));
            parameters.Add(("CursorId", after.Id));
        }

        parameters.Add(("Limit", limit + 1));
        var rows = await Query(
            $"SELECT Summary, {key}, Id FROM RmTicket{Clause(where)} ORDER BY {key}, Id LIMIT @Limit",
            r => (Item: JsonSerializer.Deserialize<TicketSummary>(r.GetString(0), OutboxJson.Options)!, At: r.GetInt64(1), Id: r.GetString(2)),
            [.. parameters]);
        return new Page<TicketSummary>([.. rows.Take(limit).Select(r => r.Item)], rows.Count > limit ? Cursor.Of(rows[limit - 1].At, rows[limit - 1].Id) : null);
    }

    /// <summary>The one ticket of that id among those of the filter (a search by id), or null.</summary>
    public async Task<TicketSummary?> Ticket(TicketFilter filter, string id)
    {
        var (where, parameters) = Where(filter);
        where.Add("Id = @Id");
        parameters.Add(("Id", id));
        var rows = await Query(
            $"SELECT Summary FROM RmTicket{Clause(where)}", r => JsonSerializer.Deserialize<TicketSummary>(r.GetString(0), OutboxJson.Options)!, [.. parameters]);
        return rows.SingleOrDefault();
    }

    // One ascending sort key (a bigint) per order, so that a page's keyset is (key, id): a rank above the times
    // (milliseconds since 1970 stay below 10^13 until the year 2286).
    private const long Rank = 10_000_000_000_000;

    private static string SortKey(TicketOrder order) => order switch
    {
        TicketOrder.WorkFirst => $"""
            (CASE WHEN Closed = 1 THEN 4 WHEN Status IN ('OnSite', 'Escalated') THEN 0 WHEN Status = 'Dispatched' THEN 1
                  WHEN Status IN ('Classified', 'Contacted') THEN 2 ELSE 3 END * {Rank}
             + CASE WHEN Closed = 1 THEN {Rank - 1} - ReceivedAt ELSE ReceivedAt END)
            """,
        _ => $"(CASE WHEN Closed = 1 THEN 3 WHEN Breached = 1 THEN 0 ELSE 1 END * {2 * Rank} + COALESCE(SlaDueAt, {2 * Rank - 1}))",
    };

    /// <summary>Every page of a ticket list, newest first, up to <paramref name="max"/> tickets (an export).</summary>
    public async Task<List<TicketSummary>> TicketsUpTo(TicketFilter filter, int max)
    {
        var rows = new List<TicketSummary>();
        string? cursor = null;
        do
        {
            var page = await Tickets(filter, MaxLimit, cursor);
            rows.AddRange(page.Items.Take(max - rows.Count));
            cursor = page.Next;
        }
        while (cursor is not null && rows.Count < max);

        return rows;
    }

    /// <summary>How many tickets match (a work queue's count).</summary>
    public async Task<int> Count(TicketFilter filter)
    {
        var (where, parameters) = Where(filter);
        return (int)(await Query($"SELECT COUNT(*) FROM RmTicket{Clause(where)}", r => r.GetInt64(0), [.. parameters]))[0];
    }

    /// <summary>Ids of the tickets that match, oldest first (a customer's tickets, a machine's service history).</summary>
    public Task<List<string>> TicketIds(TicketFilter filter, string? machineSerial = null)
    {
        var (where, parameters) = Where(filter);
        if (machineSerial is not null)
        {
            where.Add("MachineSerial = @Serial");
            parameters.Add(("Serial", machineSerial));
        }

        return Query($"SELECT Id FROM RmTicket{Clause(where)} ORDER BY ReceivedAt, Id", r => r.GetString(0), [.. parameters]);
    }

    /// <summary>The response-time facts of the tickets received in [from, before) that match the filter (the columns the reports read).</summary>
    public Task<List<ResponseFacts>> Facts(DateTimeOffset from, DateTimeOffset before, ReportFilter filter)
    {
        var (where, parameters) = Where(new TicketFilter(
            EngineerId: filter.EngineerId, StationId: filter.StationId, Region: filter.Region, ProductLine: filter.ProductLine,
            ReceivedFrom: from, ReceivedBefore: before));
        return Query(
            $"SELECT ReceivedAt, FirstResponseHours, TimeToSiteHours, ResolutionHours, Breaches FROM RmTicket{Clause(where)}",
            r => new ResponseFacts(
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)), NullableDouble(r, 1), NullableDouble(r, 2), NullableDouble(r, 3), r.GetInt32(4)),
            [.. parameters]);
    }

    /// <summary>The satisfaction responses given in [from, before) that match the filter (R-SAT-1).</summary>
    /// <param name="newest">At most that many, newest first; null for all of them.</param>
    public Task<List<SatisfactionResponse>> Responses(DateTimeOffset from, DateTimeOffset before, ReportFilter filter, int? newest = null)
    {
        var where = new List<string> { "At >= @From", "At < @Before" };
        var parameters = new List<(string, object?)> { ("From", from.ToUnixTimeMilliseconds()), ("Before", before.ToUnixTimeMilliseconds()) };
        Add(where, parameters, "RegionKey", RegionKey(filter.Region));
        Add(where, parameters, "StationId", filter.StationId);
        Add(where, parameters, "EngineerId", filter.EngineerId);
        Add(where, parameters, "ProductLine", filter.ProductLine?.ToString());
        return Query(
            $"SELECT Id, Source, Score, At, CustomerId, EngineerId, StationId, RegionKey, ProductLine FROM RmSatisfaction{Clause(where)}"
                + (newest is { } n ? $" ORDER BY At DESC, Id DESC LIMIT {n}" : ""),
            r => new SatisfactionResponse(
                r.GetString(0), Enum.Parse<SatisfactionSource>(r.GetString(1)), r.GetInt32(2), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)),
                NullableString(r, 4), NullableString(r, 5), NullableString(r, 6), NullableString(r, 7),
                r.IsDBNull(8) ? null : Enum.Parse<ProductLine>(r.GetString(8))),
            [.. parameters]);
    }

    /// <summary>R-WTY-3: old parts still expected at the warehouse after their due date.</summary>
    public async Task<List<OverdueOldPart>> OverdueOldParts(DateTimeOffset now, string? engineerId = null)
    {
        var rows = await Query(
            """
            SELECT p.TicketId, t.CustomerId, t.EngineerId, p.PartNo, p.Quantity, p.DueAt
              FROM RmOldPart p JOIN RmTicket t ON t.Id = p.TicketId
             WHERE p.State = 'Expected' AND p.DueAt < @Now
            """,
            r => new OverdueOldPart(
                r.GetString(0), r.GetString(1), NullableString(r, 2), r.GetString(3), r.GetInt32(4),
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)), 0),
            ("Now", now.ToUnixTimeMilliseconds()));
        return
        [
            .. rows.Where(p => engineerId is null || p.EngineerId == engineerId)
                .Select(p => p with { DaysOverdue = (int)Math.Ceiling((now - p.DueAt).TotalDays) }),
        ];
    }

    /// <summary>
    /// One keyset page of a list of master data (<see cref="OutboxKinds.Directory"/>), by id: those whose name or id
    /// holds the filter's text, in its region, of its owner, awaiting an answer, or the one id.
    /// </summary>
    public async Task<Page<T>> Directory<T>(string kind, DirectoryFilter filter, int limit, string? cursor, string? summaryLike = null)
    {
        var where = new List<string> { "Kind = @Kind" };
        var parameters = new List<(string, object?)> { ("Kind", kind), ("Limit", limit + 1) };
        if (summaryLike is not null)
        {
            where.Add("LOWER(Summary) LIKE @SummaryLike ESCAPE '\\'");
            parameters.Add(("SummaryLike", summaryLike));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            where.Add("SearchKey LIKE @Text ESCAPE '\\'");
            parameters.Add(("Text", $"%{Like(SearchKey(filter.Text))}%"));
        }

        if (RegionKey(filter.Region) is { } region)
        {
            where.Add("RegionKeys LIKE @Region ESCAPE '\\'");
            parameters.Add(("Region", $"%|{Like(region)}|%"));
        }

        Add(where, parameters, "Id", filter.Id);
        Add(where, parameters, "OwnerId", filter.OwnerId);
        if (filter.NeedsAnswer is { } needs)
        {
            where.Add(needs ? "Attention > 0" : "Attention = 0");
        }

        if (Cursor.Read(cursor) is { } after)
        {
            where.Add("Id > @CursorId");
            parameters.Add(("CursorId", after.Id));
        }

        var rows = await Query(
            $"SELECT Summary, Id FROM RmDirectory{Clause(where)} ORDER BY Id LIMIT @Limit",
            r => (Item: JsonSerializer.Deserialize<T>(r.GetString(0), OutboxJson.Options)!, Id: r.GetString(1)),
            [.. parameters]);
        return new Page<T>([.. rows.Take(limit).Select(r => r.Item)], rows.Count > limit ? Cursor.Of(0, rows[limit - 1].Id) : null);
    }

    /// <summary>People's accounts by user name, one keyset page: of a role, or whose name, display name or address holds the text.</summary>
    public async Task<Page<UserView>> Users(IReadOnlyCollection<Role>? roles, string? text, int limit, string? cursor)
    {
        var where = new List<string>();
        var parameters = new List<(string, object?)> { ("Limit", limit + 1) };
        if (roles is not null)
        {
            where.Add(roles.Count == 0 ? "1 = 0" : $"Role IN ({string.Join(", ", roles.Select((_, i) => $"@Role{i}"))})");
            parameters.AddRange(roles.Select((r, i) => ($"Role{i}", (object?)r.ToString())));
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            where.Add("SearchKey LIKE @Text ESCAPE '\\'");
            parameters.Add(("Text", $"%{Like(SearchKey(text))}%"));
        }

        if (Cursor.Read(cursor) is { } after)
        {
            where.Add("UserName > @CursorId");
            parameters.Add(("CursorId", after.Id));
        }

        var rows = await Query(
            $"SELECT Summary, UserName FROM RmUser{Clause(where)} ORDER BY UserName LIMIT @Limit",
            r => (Item: JsonSerializer.Deserialize<UserView>(r.GetString(0), OutboxJson.Options)!, Id: r.GetString(1)),
            [.. parameters]);
        return new Page<UserView>([.. rows.Take(limit).Select(r => r.Item)], rows.Count > limit ? Cursor.Of(0, rows[limit - 1].Id) : null);
    }

    /// <summary>The phone of the engineer's own account (an engineer's user is that engineer), if it has one and is enabled.</summary>
    public async Task<string?> EngineerPhone(string engineerId)
    {
        var users = await Query(
            "SELECT Summary FROM RmUser WHERE EngineerId = @Engineer ORDER BY UserName LIMIT 5",
            r => JsonSerializer.Deserialize<UserView>(r.GetString(0), OutboxJson.Options)!,
            ("Engineer", engineerId));
        return users.FirstOrDefault(u => !u.Disabled && !string.IsNullOrWhiteSpace(u.Phone))?.Phone;
    }

    /// <summary>The accounts a sign-in through the identity provider may be: by its subject, else by its (verified) e-mail address.</summary>
    public Task<List<UserView>> UsersMatching(string subject, string? email) =>
        Query(
            "SELECT Summary FROM RmUser WHERE ExternalSubject = @Subject OR (ExternalSubject IS NULL AND Email = @Email) ORDER BY UserName LIMIT 2",
            r => JsonSerializer.Deserialize<UserView>(r.GetString(0), OutboxJson.Options)!,
            ("Subject", subject), ("Email", email?.Trim().ToLowerInvariant()));

    /// <summary>The account's history, newest first, one keyset page.</summary>
    public async Task<Page<AccountEvent>> AccountHistory(string userName, int limit, string? cursor)
    {
        var where = new List<string> { "UserName = @User" };
        var parameters = new List<(string, object?)> { ("User", userName), ("Limit", limit + 1) };
        if (Cursor.Read(cursor) is { } after)
        {
            where.Add("Seq < @Seq");
            parameters.Add(("Seq", after.At));
        }

        var rows = await Query(
            $"SELECT Entry, Seq FROM RmAccountHistory{Clause(where)} ORDER BY Seq DESC LIMIT @Limit",
            r => (Item: JsonSerializer.Deserialize<AccountEvent>(r.GetString(0), OutboxJson.Options)!, Seq: r.GetInt64(1)),
            [.. parameters]);
        return new Page<AccountEvent>([.. rows.Take(limit).Select(r => r.Item)], rows.Count > limit ? Cursor.Of(rows[limit - 1].Seq, userName) : null);
    }

    /// <summary>The names of those of the ids that are in the directory of that kind.</summary>
    public async Task<Dictionary<string, string>> Names(string kind, IReadOnlyCollection<string> ids)
    {
        var names = new Dictionary<string, string>();
        foreach (var chunk in ids.Distinct().Chunk(100))
        {
            var parameters = chunk.Select((id, i) => ($"Id{i}", (object?)id)).Append(("Kind", kind)).ToArray();
            var rows = await Query(
                $"SELECT Id, Summary FROM RmDirectory WHERE Kind = @Kind AND Id IN ({string.Join(", ", chunk.Select((_, i) => $"@Id{i}"))})",
                r => (Id: r.GetString(0), Summary: r.GetString(1)), parameters);
            foreach (var (id, summary) in rows)
            {
                using var json = JsonDocument.Parse(summary);
                if (json.RootElement.TryGetProperty("name", out var name) && name.GetString() is { } text)
                {
                    names[id] = text;
                }
            }
        }

        return names;
    }

    /// <summary>The regions of the tickets, as first written, one per region (any case).</summary>
    public Task<List<string>> TicketRegions() =>
        Query("SELECT MIN(Region) FROM RmTicket WHERE RegionKey IS NOT NULL GROUP BY RegionKey ORDER BY RegionKey", r => r.GetString(0));

    private static string Like(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>SLA alerts, newest first (raised, then id), one keyset page.</summary>
    public Task<Page<SlaAlert>> Alerts(bool openOnly, int limit, string? cursor) =>
        NewestFirst<SlaAlert>("RmAlert", "RaisedAt", "Payload", openOnly ? ["Acknowledged = 0"] : [], [], limit, cursor);

    /// <summary>
    /// SLA alerts, the longest overdue first (an alert is raised as its deadline passes, so the earliest raised), then
    /// by id, one keyset page.
    /// </summary>
    public async Task<Page<SlaAlert>> AlertsMostOverdueFirst(bool openOnly, int limit, string? cursor)
    {
        var where = openOnly ? new List<string> { "Acknowledged = 0" } : [];
        var parameters = new List<(string, object?)> { ("Limit", limit + 1) };
        if (Cursor.Read(cursor) is { } after)
        {
            where.Add("(RaisedAt > @CursorAt OR (RaisedAt = @CursorAt AND Id > @CursorId))");
            parameters.Add(("CursorAt", after.At));
            parameters.Add(("CursorId", after.Id));
        }

        var rows = await Query(
            $"SELECT Payload, RaisedAt, Id FROM RmAlert{Clause(where)} ORDER BY RaisedAt, Id LIMIT @Limit",
            r => (Item: JsonSerializer.Deserialize<SlaAlert>(r.GetString(0), OutboxJson.Options)!, At: r.GetInt64(1), Id: r.GetString(2)),
            [.. parameters]);
        return new Page<SlaAlert>([.. rows.Take(limit).Select(r => r.Item)], rows.Count > limit ? Cursor.Of(rows[limit - 1].At, rows[limit - 1].Id) : null);
    }

    /// <summary>
    /// The customers of the filter with a machine whose serial holds the text (any case), with those machines: the
    /// directory's customers, first narrowed in SQL by their stored JSON holding the text, then by each serial.
    /// </summary>
    public async Task<List<(CustomerSummary Customer, Machine Machine)>> Machines(DirectoryFilter filter, string serial, int limit)
    {
        var text = SearchKey(serial);
        var page = await Directory<CustomerSummary>(OutboxKinds.Customer, filter with { Text = null }, MaxLimit, null, $"%{Like(text)}%");
        return [.. page.Items
            .SelectMany(c => c.Machines.Where(m => m.Serial.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(m => (c, m)))
            .Take(limit)];
    }

    /// <summary>The tickets whose next running deadline is at or before <paramref name="now"/>.</summary>
    public Task<List<string>> TicketsDueBy(DateTimeOffset now) =>
        Query("SELECT Id FROM RmTicket WHERE SlaDueAt <= @Now", r => r.GetString(0), ("Now", now.ToUnixTimeMilliseconds()));

    /// <summary>
    /// One keyset page of a list stored as JSON in <paramref name="json"/>: newest <paramref name="at"/> first, then by
    /// id, from after the row the cursor names.
    /// </summary>
    private async Task<Page<T>> NewestFirst<T>(
        string table, string at, string json, List<string> where, List<(string, object?)> parameters, int limit, string? cursor)
    {
        if (Cursor.Read(cursor) is { } after)
        {
            where.Add($"({at} < @CursorAt OR ({at} = @CursorAt AND Id < @CursorId))");
            parameters.Add(("CursorAt", after.At));
            parameters.Add(("CursorId", after.Id));
        }

        parameters.Add(("Limit", limit + 1));
        var rows = await Query(
            $"SELECT {json}, {at}, Id FROM {table}{Clause(where)} ORDER BY {at} DESC, Id DESC LIMIT @Limit",
            r => (Item: JsonSerializer.Deserialize<T>(r.GetString(0), OutboxJson.Options)!, At: r.GetInt64(1), Id: r.GetString(2)),
            [.. parameters]);
        return new Page<T>([.. rows.Take(limit).Select(r => r.Item)], rows.Count > limit ? Cursor.Of(rows[limit - 1].At, rows[limit - 1].Id) : null);
    }

    private static (List<string> Where, List<(string, object?)> Parameters) Where(TicketFilter f)
    {
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        Add(where, parameters, "Status", f.Status?.ToString());
        Add(where, parameters, "EngineerId", f.EngineerId);
        Add(where, parameters, "CustomerId", f.CustomerId);
        Add(where, parameters, "StationId", f.StationId);
        Add(where, parameters, "RegionKey", RegionKey(f.Region));
        Add(where, parameters, "ProductLine", f.ProductLine?.ToString());
        if (f.Breached is { } breached)
        {
            where.Add($"Breached = {(breached ? 1 : 0)}");
        }

        if (f.Assigned is { } assigned)
        {
            where.Add(assigned ? "EngineerId IS NOT NULL" : "EngineerId IS NULL");
        }

        if (f.Closed is { } closed)
        {
            where.Add($"Closed = {(closed ? 1 : 0)}");
        }

        if (f.Planned is { } planned)
        {
            where.Add($"Channel {(planned ? "" : "NOT ")}IN ('{nameof(IntakeChannel.PreventiveMaintenance)}', '{nameof(IntakeChannel.Campaign)}')");
        }

        if (f.SlaDueBefore is { } due)
        {
            where.Add("SlaDueAt < @SlaDueBefore");
            parameters.Add(("SlaDueBefore", due.ToUnixTimeMilliseconds()));
        }

        if (f.ReceivedFrom is { } from)
        {
            where.Add("ReceivedAt >= @ReceivedFrom");
            parameters.Add(("ReceivedFrom", from.ToUnixTimeMilliseconds()));
        }

        if (f.ReceivedBefore is { } before)
        {
            where.Add("ReceivedAt < @ReceivedBefore");
            parameters.Add(("ReceivedBefore", before.ToUnixTimeMilliseconds()));
        }

        return (where, parameters);
    }

    private static void Add(List<string> where, List<(string, object?)> parameters, string column, string? value)
    {
        if (value is not null)
        {
            where.Add($"{column} = @{column}");
            parameters.Add((column, value));
        }
    }

    private static string Clause(List<string> where) => where.Count == 0 ? "" : $" WHERE {string.Join(" AND ", where)}";

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? NullableDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private async Task<List<T>> Query<T>(string sql, Func<DbDataReader, T> read, params (string, object?)[] parameters)
    {
        await using var connection = await database.Open();
        if (await Projector.Pending(connection))
        {
            try
            {
                await projector.CatchUp();
            }
            catch (DbException e)
            {
                // The read models answer as of the last batch applied; the projector service keeps trying.
                logger.LogWarning(e, "The outbox could not be applied before a query; answering from the read models as they are");
            }
        }

        await using var command = SqlDatabase.Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
