using Npgsql;

namespace AfterSales.Bench;

/// <summary>Commands through the HTTP API against raw versioned writes of the same size, at 4, 8 and 32 in flight.</summary>
public static class Commands
{
    private static readonly int[] InFlight = [4, 8, 32];

    private const int TicketsPerClient = 64;

    public static async Task Compare(
        Report report, string storage, ServiceApi api, TimeSpan duration, Func<int> payloadBytes,
        Func<int, int, TimeSpan, Task<Load.Result>> raw, TimeSpan warmUp)
    {
        // A service runs for days: measured once the JIT has compiled its hot paths at their final tier, which takes
        // tens of seconds of load after a start (measured: a third of the first minute's CPU is the JIT's).
        await Load.Run(8, warmUp, async w => await api.Intake() is { } id && await api.Wait(id, start: true), warmUp: TimeSpan.Zero);
        foreach (var n in InFlight)
        {
            // Each in-flight client works through tickets of its own, as a desk works through many tickets a day.
            var owned = new string[n][];
            for (var i = 0; i < n; i++)
            {
                owned[i] = new string[TicketsPerClient];
                for (var t = 0; t < TicketsPerClient; t++)
                {
                    owned[i][t] = (await api.Intake())!;
                }
            }

            var done = new int[n];
            var bytes = payloadBytes();
            var intake = new List<Load.Result>();
            var repeat = new List<Load.Result>();
            var baseline = new List<Load.Result>();
            Func<Task>[] kinds =
            [
                async () => intake.Add(await Load.Run(n, Slice(duration), async _ => await api.Intake() is not null, SliceWarmUp)),
                async () => repeat.Add(await Load.Run(n, Slice(duration), async w =>
                {
                    var k = done[w]++;
                    return await api.Wait(owned[w][k / 2 % TicketsPerClient], start: k % 2 == 0);
                }, SliceWarmUp)),
                async () => baseline.Add(await raw(n, bytes, Slice(duration))),
            ];

            // Interleaved, each first once: this machine's speed drifts by a third within minutes (neighbours on the
            // same host), and a ratio of two runs minutes apart measured the drift as much as the service.
            for (var round = 0; round < Rounds; round++)
            {
                for (var k = 0; k < kinds.Length; k++)
                {
                    await kinds[(round + k) % kinds.Length]();
                }
            }

            var (taken, repeated, raws) = (Load.Result.Of(intake), Load.Result.Of(repeat), Load.Result.Of(baseline));
            var target = n == 8 ? ">= 25% of raw" : "";
            report.Add($"{storage}, {n} in flight: raw versioned UPDATE of {bytes} B", $"{raws.PerSecond:0}/s, p99 {raws.P99Ms:0.0} ms");
            report.Add($"{storage}, {n} in flight: ticket intake (POST /api/tickets)",
                $"{taken.PerSecond:0}/s = {100 * taken.PerSecond / raws.PerSecond:0.0}% of raw, p50 {taken.P50Ms:0.0} ms, p99 {taken.P99Ms:0.0} ms{Errors(taken)}", target);
            report.Add($"{storage}, {n} in flight: customer-wait / end",
                $"{repeated.PerSecond:0}/s = {100 * repeated.PerSecond / raws.PerSecond:0.0}% of raw, p50 {repeated.P50Ms:0.0} ms, p99 {repeated.P99Ms:0.0} ms{Errors(repeated)}", target);
        }
    }

    /// <summary>Each measurement is taken in this many slices, interleaved with the others of its concurrency.</summary>
    public const int Rounds = 3;

    private static readonly TimeSpan SliceWarmUp = TimeSpan.FromSeconds(1);

    public static TimeSpan Slice(TimeSpan duration) => duration / Rounds;

    /// <summary>
    /// What one command costs the database (statements, rows, WAL bytes from pg_stat_statements) on a ticket with a short
    /// and a long history.
    /// </summary>
    public static async Task PerCommand(Report report, ServiceApi api, string connectionString)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await Execute(db, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");

        // Full-page images (the first change of each page after a checkpoint) depend on when checkpoints fall, not on
        // the command: off while the commands are counted (the throughput above was measured with them on).
        await Execute(db, "ALTER SYSTEM SET full_page_writes = off");
        await Execute(db, "SELECT pg_reload_conf()");
        var figures = new List<(double Statements, double Rows, double Wal)>();
        foreach (var history in new[] { 10, 500 })
        {
            var id = (await api.Intake())!;
            var waiting = false;
            async Task Commands(int count)
            {
                for (var i = 0; i < count; i++)
                {
                    await api.Wait(id, start: !waiting);
                    waiting = !waiting;
                }
            }

            await Commands(history - 20);
            await Drained(db);
            await Execute(db, "CHECKPOINT");
            await Commands(10);
            await Drained(db);
            await Execute(db, "SELECT pg_stat_statements_reset()");
            // Fifty: how the projector batches what it reads off the outbox depends on timing, and ten commands left the
            // statements per command moving by a quarter between identical runs.
            const int measured = 50;
            await Commands(measured);

            // The projector applies the outbox off the request path: its statements count too. The notifier's polls (each
            // second, commands or not) do not, as the outbox's and the membership's do not.
            await Drained(db);
            await using var read = new NpgsqlCommand(
                """
                SELECT sum(calls)::float8, sum(rows)::float8, sum(wal_bytes)::float8 FROM pg_stat_statements
                 WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                   AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%AfterSalesOutbox%LIMIT 1%'
                   AND query NOT ILIKE '%count(*) FROM AfterSalesOutbox%' AND query NOT ILIKE '%OrleansMembership%'
                   AND query NOT ILIKE 'SELECT Payload FROM AfterSalesEvent WHERE Expanded = 0%' AND query NOT ILIKE '%FROM AfterSalesWebhook%'
                   AND query NOT ILIKE 'SELECT 1 FROM AfterSalesDelivery WHERE Status%'
                """, db);
            await using var reader = await read.ExecuteReaderAsync();
            await reader.ReadAsync();
            figures.Add((reader.GetDouble(0) / measured, reader.GetDouble(1) / measured, reader.GetDouble(2) / measured));
        }

        await Execute(db, "ALTER SYSTEM RESET full_page_writes");
        await Execute(db, "SELECT pg_reload_conf()");
        var (young, old) = (figures[0], figures[1]);
        report.Add("PostgreSQL, per command (customer-wait) at history 10 / 500: WAL bytes (full-page images off)",
            $"{young.Wal:0} B / {old.Wal:0} B ({100 * old.Wal / young.Wal - 100:+0;-0}%)", "the same within 20%");
        report.Add("PostgreSQL, per command (customer-wait) at history 10 / 500: SQL statements, rows",
            $"{young.Statements:0.0} / {old.Statements:0.0} statements, {young.Rows:0.0} / {old.Rows:0.0} rows", "the same within 20%");
    }

    /// <summary>Waits until the projector has applied the outbox and the notifier planned its events.</summary>
    private static async Task Drained(NpgsqlConnection db)
    {
        // The outbox applied, and the events it left planned by the notifier.
        await using var count = new NpgsqlCommand("SELECT (SELECT count(*) FROM AfterSalesOutbox) + (SELECT count(*) FROM AfterSalesEvent WHERE Expanded = 0)", db);
        while ((long)(await count.ExecuteScalarAsync())! > 0)
        {
            await Task.Delay(100);
        }

        await Task.Delay(300);
    }

    private static async Task Execute(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static string Errors(Load.Result r) => r.Errors == 0 ? "" : $", {r.Errors} errors";
}
