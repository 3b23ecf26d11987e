using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Persistence.ReadModels;
using Microsoft.Data.Sqlite;

namespace AfterSales.Bench;

/// <summary>
/// 100,000 stored tickets in a SQLite data file, fast: copies of one ticket the service wrote through its commands
/// (its state row and journal), each with a read-model row of its own, received over 52 weeks, in 30 regions and
/// the three product lines.
/// </summary>
public static class BulkTickets
{
    public static readonly string[] Regions =
    [
        "Shandong", "Hebei", "Henan", "Jiangsu", "Zhejiang", "Anhui", "Hubei", "Hunan", "Sichuan", "Guangdong", "Guangxi", "Fujian",
        "Jiangxi", "Shaanxi", "Shanxi", "Liaoning", "Jilin", "Heilongjiang", "Yunnan", "Guizhou", "Gansu", "Qinghai", "Ningxia",
        "Xinjiang", "Inner Mongolia", "Beijing", "Tianjin", "Shanghai", "Chongqing", "Hainan",
    ];

    public static List<string> Write(string file, string templateId, int count, DateTimeOffset now)
    {
        var connectionString = $"Data Source={file};Default Timeout=60";
        using var db = new SqliteConnection(connectionString);
        db.Open();
        var (payload, journal) = Template(db, $"ticket/ticket/{templateId}");
        using var tx = db.BeginTransaction();
        using var state = Prepare(db, tx, "INSERT INTO AfterSalesGrainState (StateKey, ETag, Payload, ModifiedOn) VALUES (@k, 1, @p, 1)", "@k", "@p");
        using var entry = Prepare(db, tx, "INSERT INTO AfterSalesJournal (StateKey, Seq, Entry) VALUES (@k, @s, @e)", "@k", "@s", "@e");
        using var row = Prepare(db, tx,
            """
            INSERT INTO RmTicket (Id, Version, Status, Channel, CustomerId, MachineSerial, ProductLine, Category, EngineerId, StationId,
                                  Region, RegionKey, ReceivedAt, Breached, SlaDueAt, FirstResponseHours, TimeToSiteHours, ResolutionHours,
                                  Breaches, Closed, Summary)
            VALUES (@id, 5, @status, 'Telephone', 'C-bench', 'TM-bench', @line, 'Breakdown', 'E-bench', NULL, @region, @regionKey, @at,
                    0, NULL, @fr, @tts, @res, @breaches, @closed, @summary)
            """,
            "@id", "@status", "@line", "@region", "@regionKey", "@at", "@fr", "@tts", "@res", "@breaches", "@closed", "@summary");
        var random = new Random(20261201);
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var id = $"T-b{i:000000}";
            ids.Add(id);
            var key = $"ticket/ticket/{id}";
            Run(state, key, payload);
            foreach (var (seq, text) in journal)
            {
                Run(entry, key, seq, text);
            }

            var at = now.AddMinutes(-random.Next(0, 364 * 24 * 60));
            var line = (ProductLine)(i % 3);
            var region = Regions[random.Next(Regions.Length)];
            var status = random.NextDouble() < 0.9 ? TicketStatus.Closed : TicketStatus.Contacted;
            var summary = new TicketSummary(id, status, IntakeChannel.Telephone, "C-bench", "TM-bench", line, TicketCategory.Breakdown, "E-bench", null, at, 5, Region: region);
            Run(row, id, status.ToString(), line.ToString(), region, ReadModel.RegionKey(region), at.ToUnixTimeMilliseconds(),
                Math.Round(random.NextDouble() * 4, 2), Math.Round(random.NextDouble() * 40, 2), Math.Round(random.NextDouble() * 80, 2),
                random.NextDouble() < 0.05 ? 1 : 0, status == TicketStatus.Closed ? 1 : 0, JsonSerializer.Serialize(summary, OutboxJson.Options));
        }

        tx.Commit();
        return ids;
    }

    private static (byte[] Payload, List<(long Seq, string Entry)> Journal) Template(SqliteConnection db, string key)
    {
        using var read = db.CreateCommand();
        read.CommandText = "SELECT Payload FROM AfterSalesGrainState WHERE StateKey = @k";
        read.Parameters.AddWithValue("@k", key);
        var payload = (byte[])read.ExecuteScalar()!;
        using var entries = db.CreateCommand();
        entries.CommandText = "SELECT Seq, Entry FROM AfterSalesJournal WHERE StateKey = @k ORDER BY Seq";
        entries.Parameters.AddWithValue("@k", key);
        using var reader = entries.ExecuteReader();
        var journal = new List<(long, string)>();
        while (reader.Read())
        {
            journal.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return (payload, journal);
    }

    private static SqliteCommand Prepare(SqliteConnection db, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
