using System.Data.Common;
using System.Text.Json;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.Grains.Common;
using AfterSales.Grains.Machines;

namespace AfterSales.Persistence.ReadModels;

/// <summary>What a machine list shows (docs/api.md "Machines"): narrowed by text, owner, station, line and due maintenance.</summary>
public sealed record MachineFilter(
    string? Text = null, string? CustomerId = null, string? StationId = null, AfterSales.GrainInterfaces.Common.ProductLine? ProductLine = null,
    bool? MaintenanceDue = null, string? Model = null);

/// <summary>The installed base (R-MCH, R-PM): the machine list, the readings of the hours and the machines the maintenance watch wakes.</summary>
public sealed partial class ReadModel : IMachineRecords
{
    /// <summary>Machines by serial, one keyset page.</summary>
    public async Task<Page<MachineSummary>> Machines(MachineFilter filter, int limit, string? cursor)
    {
        var where = new List<string>();
        var parameters = new List<(string, object?)> { ("Limit", limit + 1) };
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            where.Add("SearchKey LIKE @Text ESCAPE '\\'");
            parameters.Add(("Text", $"%{Like(SearchKey(filter.Text))}%"));
        }

        Add(where, parameters, "CustomerId", filter.CustomerId);
        Add(where, parameters, "StationId", filter.StationId);
        Add(where, parameters, "ProductLine", filter.ProductLine?.ToString());
        Add(where, parameters, "Model", filter.Model);
        if (filter.MaintenanceDue is { } due)
        {
            where.Add($"MaintenanceDue = {(due ? 1 : 0)}");
        }

        if (Cursor.Read(cursor) is { } after)
        {
            where.Add("Serial > @CursorId");
            parameters.Add(("CursorId", after.Id));
        }

        var rows = await Query(
            $"SELECT Summary, Serial FROM RmMachine{Clause(where)} ORDER BY Serial LIMIT @Limit",
            r => (Item: JsonSerializer.Deserialize<MachineSummary>(r.GetString(0), OutboxJson.Options)!, Id: r.GetString(1)),
            [.. parameters]);
        return new Page<MachineSummary>([.. rows.Take(limit).Select(r => r.Item)], rows.Count > limit ? Cursor.Of(0, rows[limit - 1].Id) : null);
    }

    /// <summary>The machines the maintenance watch is to wake by <paramref name="now"/> (R-PM-2, R-PM-3), at most <paramref name="max"/>.</summary>
    public Task<List<string>> MachinesWakingBy(DateTimeOffset now, int max) =>
        Query("SELECT Serial FROM RmMachine WHERE WakeAt <= @Now ORDER BY WakeAt LIMIT @Max", r => r.GetString(0),
            ("Now", now.ToUnixTimeMilliseconds()), ("Max", max));

    /// <summary>A machine's readings, newest read first, each with its newest correction beside it (R-MCH-2), one page.</summary>
    public async Task<Page<ReadingLine>> Readings(string serial, int limit, string? cursor)
    {
        var where = new List<string> { "o.Serial = @Serial", "o.Corrects IS NULL" };
        var parameters = new List<(string, object?)> { ("Serial", serial), ("Limit", limit + 1) };
        if (Cursor.Read(cursor) is { } after)
        {
            where.Add("(o.ReadAt < @CursorAt OR (o.ReadAt = @CursorAt AND o.Seq < @CursorSeq))");
            parameters.Add(("CursorAt", after.At));
            parameters.Add(("CursorSeq", long.Parse(after.Id, System.Globalization.CultureInfo.InvariantCulture)));
        }

        var rows = await Query(
            $"""
            SELECT o.Hours, o.ReadAt, o.Source, o.ReadBy, o.RecordedAt, o.TicketId, o.Seq, c.Hours, c.Reason, c.ReadBy, c.RecordedAt
            FROM RmMachineReading o
            LEFT JOIN RmMachineReading c ON c.Serial = o.Serial AND c.Seq =
                (SELECT MAX(x.Seq) FROM RmMachineReading x WHERE x.Serial = o.Serial AND x.Corrects = o.Seq)
            WHERE {string.Join(" AND ", where)}
            ORDER BY o.ReadAt DESC, o.Seq DESC LIMIT @Limit
            """,
            r => (Line: new ReadingLine(
                    r.GetDouble(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), Enum.Parse<ReadingSource>(r.GetString(2)), r.GetString(3),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)), NullableString(r, 5),
                    r.IsDBNull(7) ? null : new ReadingCorrection(r.GetDouble(7), r.GetString(8), r.GetString(9), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(10)))),
                At: r.GetInt64(1), Seq: r.GetInt64(6)),
            [.. parameters]);
        return new Page<ReadingLine>(
            [.. rows.Take(limit).Select(r => r.Line)],
            rows.Count > limit ? Cursor.Of(rows[limit - 1].At, rows[limit - 1].Seq.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null);
    }

    /// <summary>The effective readings (each original with its newest correction applied) between two times, oldest first (a chart).</summary>
    public Task<List<MachineReading>> ReadingsBetween(string serial, DateTimeOffset from, DateTimeOffset to, int max) =>
        EffectiveReadings(serial, "o.ReadAt >= @From AND o.ReadAt <= @To", "o.ReadAt, o.Seq", max, ("From", from.ToUnixTimeMilliseconds()), ("To", to.ToUnixTimeMilliseconds()));

    public async Task<(MachineReading? Before, MachineReading? Reading, MachineReading? After)> Around(string serial, DateTimeOffset readAt)
    {
        var at = readAt.ToUnixTimeMilliseconds();
        var reading = (await EffectiveReadings(serial, "o.ReadAt = @At", "o.Seq DESC", 1, ("At", at))).FirstOrDefault();
        var before = (await EffectiveReadings(serial, "o.ReadAt < @At", "o.ReadAt DESC, o.Seq DESC", 1, ("At", at))).FirstOrDefault();
        var after = (await EffectiveReadings(serial, "o.ReadAt > @At", "o.ReadAt, o.Seq", 1, ("At", at))).FirstOrDefault();
        return (before, reading, after);
    }

    public async Task<bool> Serviced(string serial, DateTimeOffset from, DateTimeOffset before) =>
        (await Query(
            "SELECT COUNT(*) FROM RmTicket WHERE MachineSerial = @Serial AND ReceivedAt >= @From AND ReceivedAt < @Before",
            r => r.GetInt64(0), ("Serial", serial), ("From", from.ToUnixTimeMilliseconds()), ("Before", before.ToUnixTimeMilliseconds())))[0] > 0;

    public async Task<bool> ReportFiled(string ticketId) =>
        (await Query(
            "SELECT COUNT(*) FROM RmTicket WHERE Id = @Id AND Status IN ('ReportFiled', 'Closed')",
            r => r.GetInt64(0), ("Id", ticketId)))[0] > 0;

    /// <summary>Originals (not corrections) with their newest correction's value, the original's number and time.</summary>
    private Task<List<MachineReading>> EffectiveReadings(string serial, string condition, string order, int max, params (string, object?)[] more) =>
        Query(
            $"""
            SELECT o.Serial, o.Seq, COALESCE(c.Hours, o.Hours), o.ReadAt, o.Source, o.ReadBy, o.RecordedAt, o.TicketId
            FROM RmMachineReading o
            LEFT JOIN RmMachineReading c ON c.Serial = o.Serial AND c.Seq =
                (SELECT MAX(x.Seq) FROM RmMachineReading x WHERE x.Serial = o.Serial AND x.Corrects = o.Seq)
            WHERE o.Serial = @Serial AND o.Corrects IS NULL AND {condition}
            ORDER BY {order} LIMIT @Max
            """,
            ReadReading,
            [("Serial", serial), ("Max", max), .. more]);

    private static MachineReading ReadReading(DbDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetDouble(2), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)), Enum.Parse<ReadingSource>(r.GetString(4)),
        r.GetString(5), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)), NullableString(r, 7));
}
