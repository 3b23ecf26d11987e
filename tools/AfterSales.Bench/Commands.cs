using Npgsql;

namespace AfterSales.Bench;

/// <summary>Commands through the HTTP API against raw versioned writes of the same size, at 4, 8 and 32 in flight.</summary>
public static class Commands
{
    private static readonly int[] InFlight = [4, 8, 32];

    public static async Task Compare(
        Report report, string storage, ServiceApi api, TimeSpan duration, Func<int> payloadBytes, Func<int, int, Task<Load.Result>> raw)
    {
        foreach (var n in InFlight)
        {
            var intake = await Load.Run(n, duration, async _ => await api.Intake() is not null);
            var owned = new string[n];
            for (var i = 0; i < n; i++)
            {
                owned[i] = (await api.Intake())!;
            }

            var waiting = new bool[n];
            var repeat = await Load.Run(n, duration, async w =>
            {
                var ok = await api.Wait(owned[w], start: !waiting[w]);
                waiting[w] = !waiting[w];
                return ok;
            });
            var bytes = payloadBytes();
            var baseline = await raw(n, bytes);
            var target = n == 8 ? ">= 25% of raw" : "";
            report.Add($"{storage}, {n} in flight: raw versioned UPDATE of {bytes} B", $"{baseline.PerSecond:0}/s, p99 {baseline.P99Ms:0.0} ms");
            report.Add($"{storage}, {n} in flight: ticket intake (POST /api/tickets)",
                $"{intake.PerSecond:0}/s = {100 * intake.PerSecond / baseline.PerSecond:0.0}% of raw, p50 {intake.P50Ms:0.0} ms, p99 {intake.P99Ms:0.0} ms{Errors(intake)}", target);
            report.Add($"{storage}, {n} in flight: customer-wait / end",
                $"{repeat.PerSecond:0}/s = {100 * repeat.PerSecond / baseline.PerSecond:0.0}% of raw, p50 {repeat.P50Ms:0.0} ms, p99 {repeat.P99Ms:0.0} ms{Errors(repeat)}", target);
        }
    }

    /// <summary>What one command costs the database (WAL bytes, rows written) on a ticket with a short and a long history.</summary>
    public static async Task PerCommand(Report report, ServiceApi api, string connectionString)
    {
        var figures = new List<(double Wal, double Rows)>();
        foreach (var history in new[] { 10, 500 })
        {
            var id = (await api.Intake())!;
            var waiting = false;
            for (var i = 1; i < history - 10; i++)
            {
                await api.Wait(id, start: !waiting);
                waiting = !waiting;
            }

            const int commands = 20;
            await Drained(connectionString);
            var before = await Counters(connectionString);
            for (var i = 0; i < commands; i++)
            {
                await api.Wait(id, start: !waiting);
                waiting = !waiting;
            }

            // The projector applies the outbox off the request path: its writes count too.
            await Drained(connectionString);
            var after = await Counters(connectionString);
            figures.Add(((after.Wal - before.Wal) / commands, (after.Rows - before.Rows) / commands));
        }

        report.Add("PostgreSQL, bytes and rows per command (customer-wait) at history 10 / 500",
            $"WAL {figures[0].Wal:0} B / {figures[1].Wal:0} B ({100 * figures[1].Wal / figures[0].Wal - 100:+0;-0}%), rows written {figures[0].Rows:0.0} / {figures[1].Rows:0.0}",
            "the same within 20%");
    }

    /// <summary>Waits until the projector has applied the outbox, and the statistics have caught up.</summary>
    private static async Task Drained(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM AfterSalesOutbox", connection);
        while ((long)(await count.ExecuteScalarAsync())! > 0)
        {
            await Task.Delay(100);
        }

        await Task.Delay(1000);
    }

    private static async Task<(double Wal, double Rows)> Counters(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT pg_stat_clear_snapshot();
            SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::float8,
                   (SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::float8 FROM pg_stat_user_tables)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    private static string Errors(Load.Result r) => r.Errors == 0 ? "" : $", {r.Errors} errors";
}
