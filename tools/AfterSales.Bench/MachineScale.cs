using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Tests.PostgreSql;
using Npgsql;

namespace AfterSales.Bench;

/// <summary>
/// The installed base at scale on PostgreSQL (issue 24): a million registered machines with ten readings each, loaded
/// in bulk behind a machine the service wrote through its API; then a reading through the API at 8 in flight against
/// raw versioned UPDATEs of a row of the machine's state size (the bench's own client and pgbench, interleaved, same
/// server, same run); the maintenance watch's query for the machines due today; the memory of 100,000 active machines.
/// </summary>
public static class MachineScale
{
    private const int InFlight = 8;

    private const int MachinesPerWorker = 64;

    private const int ReadingsPerMachine = 10;

    public static async Task Measure(Report report, int count, TimeSpan duration, TimeSpan warmUp)
    {
        using var postgres = new PostgresServer(benchmark: true);
        var serviceDb = postgres.CreateDatabase();
        var settings = new Dictionary<string, string> { ["Storage:Provider"] = "PostgreSql", ["ConnectionStrings:AfterSales"] = serviceDb, ["DOTNET_gcServer"] = Environment.GetEnvironmentVariable("BENCH_GC_SERVER") ?? "1" };
        await using (var silo = await SiloUnderTest.Start(settings))
        {
            var api = new ServiceApi(silo);
            await api.Seed();
            // The template: a machine the service registered and read ten times, a week apart, as every bulk machine is stored.
            for (var r = 1; r <= ReadingsPerMachine; r++)
            {
                await Expect(api.Assistant.PostAsJsonAsync(
                    "/api/machines/TM-bench/hours", new { hours = r * 9.5, readAt = DateTimeOffset.UtcNow.AddDays(-7 * (11 - r)) }, ServiceApi.Json));
            }

            // Read once: a query applies the outbox first, so the machine list holds it before the silo stops.
            await Expect(api.Manager.GetAsync("/api/machines?q=TM-bench"));
        }

        var label = $"{count:N0} machines x {ReadingsPerMachine} readings, PostgreSQL";
        var loading = Stopwatch.StartNew();
        var payloadBytes = await BulkLoad(serviceDb, count);
        report.Add($"{label}: bulk load (state rows, machine list, readings)", $"{loading.Elapsed.TotalSeconds:0} s, machine state row {payloadBytes} B");

        await using var again = await SiloUnderTest.Start(settings);
        report.Add($"{label}: silo start to healthy", $"{again.Startup.TotalSeconds:0.00} s");
        var desk = again.Client(AfterSales.GrainInterfaces.Common.Role.ServiceAssistant, "bench-assistant");
        await Readings(report, label, desk, postgres, count, payloadBytes, duration, warmUp);
        await Watch(report, label, serviceDb);
        await Memory(report, label, again, desk, count);
    }

    /// <summary>Copies of the template machine's state, a machine-list row each (waking over the next year) and ten readings each.</summary>
    private static async Task<int> BulkLoad(string connectionString, int count)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var payload = (byte[])(await Scalar(db, "SELECT Payload FROM AfterSalesGrainState WHERE StateKey = 'machine/machine/TM-bench'"))!;
        var summary = (string)(await Scalar(db, "SELECT Summary FROM RmMachine WHERE Serial = 'TM-bench'"))!;
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        const long day = 86_400_000;
        await Execute(db, "INSERT INTO AfterSalesGrainState (StateKey, ETag, Payload, ModifiedOn) SELECT 'machine/machine/TM-b' || lpad(g::text, 7, '0'), 1, @p, 1 FROM generate_series(0, @n - 1) g",
            ("p", payload), ("n", count));
        // Each wakes once in the next 365 days (a task due), a 365th of them today: the watch's question.
        await Execute(db,
            """
            INSERT INTO RmMachine (Serial, CustomerId, StationId, ProductLine, Model, RegionKey, CommissionedOn, SearchKey, MaintenanceDue, WakeAt, Summary)
            SELECT 'TM-b' || lpad(g::text, 7, '0'), 'C-b' || (g / 20)::text, 'S-' || (g % 30)::text, (ARRAY['TruckMixer','BatchingPlant','RecyclingPlant'])[g % 3 + 1],
                   'HTM' || (g % 7)::text, 'shandong', '2025-05-10', 'tm-b' || lpad(g::text, 7, '0'), 0,
                   @now + 3600000 + (hashtext(g::text)::bigint & 2147483647) * (365 * @day / 2147483647), @summary
              FROM generate_series(0, @n - 1) g
            """,
            ("n", count), ("now", now), ("day", day), ("summary", summary));
        await Execute(db,
            """
            INSERT INTO RmMachineReading (Serial, Seq, Hours, ReadAt, Source, ReadBy, RecordedAt, TicketId, Corrects, Reason)
            SELECT 'TM-b' || lpad(g::text, 7, '0'), r, r * 9.5, @now - (11 - r) * 7 * @day, 'Desk', 'bench', @now - (11 - r) * 7 * @day, NULL, NULL, NULL
              FROM generate_series(0, @n - 1) g, generate_series(1, @r) r
            """,
            ("n", count), ("r", ReadingsPerMachine), ("now", now), ("day", day));
        await Execute(db, "ANALYZE");
        return payload.Length;
    }

    /// <summary>A reading through the API (R-MCH-2) at 8 in flight, interleaved with the raw baselines of the same row size.</summary>
    private static async Task Readings(Report report, string label, HttpClient desk, PostgresServer postgres, int count, int payloadBytes, TimeSpan duration, TimeSpan warmUp)
    {
        // Each worker reads the meters of machines of its own, a little further each time, spread over the million.
        var hours = new double[InFlight * MachinesPerWorker];
        var next = new int[InFlight];
        var stride = Math.Max(1, count / hours.Length);
        async Task<bool> Read(int worker)
        {
            var slot = worker * MachinesPerWorker + next[worker]++ % MachinesPerWorker;
            hours[slot] = hours[slot] == 0 ? ReadingsPerMachine * 9.5 + 0.001 : hours[slot] + 0.001;
            using var response = await desk.PostAsJsonAsync(
                $"/api/machines/TM-b{slot * stride:0000000}/hours", new { hours = hours[slot], readAt = DateTimeOffset.UtcNow }, ServiceApi.Json);
            return response.StatusCode == HttpStatusCode.OK;
        }

        await Load.Run(InFlight, warmUp, Read, warmUp: TimeSpan.Zero);
        var rawDb = postgres.CreateDatabase();
        var (service, own, pgbench) = (new List<Load.Result>(), new List<Load.Result>(), new List<double>());
        Func<Task>[] kinds =
        [
            async () => service.Add(await Load.Run(InFlight, Commands.Slice(duration), Read, TimeSpan.FromSeconds(1))),
            async () => own.Add(await RawWrites.PostgreSql(rawDb, InFlight, payloadBytes, Commands.Slice(duration))),
            async () => pgbench.Add(PgBench(postgres, rawDb, Commands.Slice(duration))),
        ];
        for (var round = 0; round < Commands.Rounds; round++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                await kinds[(round + k) % kinds.Length]();
            }
        }

        var (readings, raw, bench) = (Load.Result.Of(service), Load.Result.Of(own), pgbench.Average());
        report.Add($"{label}, {InFlight} in flight: raw versioned UPDATE of {payloadBytes} B (bench's Npgsql client / pgbench)",
            $"{raw.PerSecond:0}/s, p99 {raw.P99Ms:0.0} ms / {bench:0}/s");
        report.Add($"{label}, {InFlight} in flight: a reading (POST /api/machines/{{serial}}/hours)",
            $"{readings.PerSecond:0}/s = {100 * readings.PerSecond / raw.PerSecond:0.0}% of the bench's raw, {100 * readings.PerSecond / bench:0.0}% of pgbench's; p50 {readings.P50Ms:0.0} ms, p99 {readings.P99Ms:0.0} ms{(readings.Errors > 0 ? $", {readings.Errors} errors" : "")}",
            ">= 25% of raw");
    }

    /// <summary>pgbench's versioned UPDATE of the bench's raw rows (the table RawWrites left), 8 clients: transactions per second.</summary>
    private static double PgBench(PostgresServer postgres, string rawDb, TimeSpan duration)
    {
        var database = new NpgsqlConnectionStringBuilder(rawDb).Database!;
        var script = Path.GetTempFileName();
        File.WriteAllText(script, $"\\set id random(0, {InFlight * 16 - 1})\nUPDATE bench_raw SET version = version + 1, payload = payload WHERE id = :id;\n");
        var start = new ProcessStartInfo("/usr/lib/postgresql/15/bin/pgbench") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-h", "127.0.0.1", "-p", postgres.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-n", "-c", $"{InFlight}", "-j", "2",
                     "-T", $"{Math.Max(1, (int)duration.TotalSeconds)}", "-f", script, database })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        File.Delete(script);
        var tps = output.Split('\n').FirstOrDefault(l => l.StartsWith("tps = ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"pgbench: {output} {process.StandardError.ReadToEnd()}");
        return double.Parse(tps.Split(' ')[2], CultureInfo.InvariantCulture);
    }

    /// <summary>R-PM-2: the watch's question, every machine due by the end of today, as the watch asks it (its index).</summary>
    private static async Task Watch(Report report, string label, string connectionString)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var endOfToday = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero).ToUnixTimeMilliseconds();
        var found = 0;
        var times = await Load.Latency(20, async () =>
        {
            await using var query = new NpgsqlCommand("SELECT Serial FROM RmMachine WHERE WakeAt <= @Now ORDER BY WakeAt", db);
            query.Parameters.AddWithValue("Now", endOfToday);
            await using var reader = await query.ExecuteReaderAsync();
            found = 0;
            while (await reader.ReadAsync())
            {
                found++;
            }
        });
        report.Add($"{label}: the maintenance watch finds the machines due today ({found:N0})", $"p50 {times.P50:0.0} ms, p95 {times.P95:0.0} ms", "<= 1 s");
    }

    /// <summary>
    /// 100,000 machines active (each read once through the API): the silo's resident memory before and after, once the
    /// paths of a read are warm (10,000 other machines read first: the compiled code, pools and caches a first read makes
    /// belong to the process, not to the machines).
    /// </summary>
    private static async Task Memory(Report report, string label, SiloUnderTest silo, HttpClient desk, int count)
    {
        var warm = Math.Min(10_000, count / 10);
        var active = Math.Min(100_000, count - warm);
        var stride = count / (warm + active);
        async Task<double> Activate(int from, int to)
        {
            var next = from - 1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < to; i = Interlocked.Increment(ref next))
                {
                    using var response = await desk.GetAsync($"/api/machines/TM-b{i * stride:0000000}");
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"machine {i} answered {(int)response.StatusCode}");
                    }
                }
            }));
            return (to - from) / clock.Elapsed.TotalSeconds;
        }

        var start = silo.ResidentMiB();
        await Activate(0, warm);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = silo.ResidentMiB();
        var rate = await Activate(warm, warm + active);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var after = silo.ResidentMiB();
        report.Add($"{label}: {active:N0} machines active (GET each, {rate:0}/s) after {warm:N0} others warmed the read path",
            $"{after - before:0} MiB more ({before:0} -> {after:0} MiB RSS; {start:0} MiB before any read)", "<= 300 MiB per 100,000");
    }

    private static async Task Expect(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<object?> Scalar(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return await command.ExecuteScalarAsync();
    }

    private static async Task Execute(NpgsqlConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
