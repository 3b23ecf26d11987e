using System.Diagnostics;
using AfterSales.Tests.PostgreSql;
using Npgsql;

namespace AfterSales.Bench;

/// <summary>
/// <c>--profile [--trace] [warmup=SECONDS] [Key:Name=value ...]</c>: intake and customer-wait at 8 in flight on
/// PostgreSQL, each after a warm-up (40 s unless given), with the CPU time each command costs the service, PostgreSQL
/// and this load driver and every statement it sends; the other <c>key=value</c> arguments configure the service. With
/// <c>--trace</c>, <c>dotnet-trace</c> samples the service meanwhile (<c>intake.nettrace</c>, <c>customer-wait.nettrace</c>
/// in the working directory).
/// </summary>
public static class Profile
{
    public static async Task<int> Run(bool trace, IReadOnlyDictionary<string, string> settings)
    {
        using var postgres = new PostgresServer(benchmark: true);
        var database = postgres.CreateDatabase();
        // Storage:Provider=Sqlite profiles the embedded default instead (no statements: pg_stat_statements is PostgreSQL's).
        var sqlite = settings.GetValueOrDefault("Storage:Provider") == "Sqlite";
        var all = new Dictionary<string, string>(settings.Where(s => s.Key != "warmup").ToDictionary());
        if (sqlite)
        {
            all["Storage:DataDirectory"] = Directory.CreateTempSubdirectory("aftersales-profile-").FullName;
        }
        else
        {
            all["Storage:Provider"] = "PostgreSql";
            all["ConnectionStrings:AfterSales"] = database;
        }

        await using var silo = await SiloUnderTest.Start(all);
        var api = new ServiceApi(silo);
        await api.Seed();
        var duration = TimeSpan.FromSeconds(trace ? 25 : 10);
        var warmUp = TimeSpan.FromSeconds(settings.TryGetValue("warmup", out var w) ? int.Parse(w) : 40);
        await Measure("intake", async _ => await api.Intake() is not null);
        var owned = new string[8][];
        for (var i = 0; i < owned.Length; i++)
        {
            owned[i] = new string[64];
            for (var t = 0; t < 64; t++)
            {
                owned[i][t] = (await api.Intake())!;
            }
        }

        var done = new int[8];
        await Measure("customer-wait / end", async w =>
        {
            var k = done[w]++;
            return await api.Wait(owned[w][k / 2 % 64], start: k % 2 == 0);
        });
        return 0;

        async Task Measure(string name, Func<int, Task<bool>> operation)
        {
            await Load.Run(8, warmUp, operation, warmUp: TimeSpan.Zero);
            Process? tracer = null;
            if (trace)
            {
                tracer = Process.Start(new ProcessStartInfo(
                    Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet/tools/dotnet-trace"),
                    ["collect", "-p", silo.ProcessId.ToString(), "--profile", "dotnet-sampled-thread-time", "--duration", "00:00:00:15",
                        "-o", $"{name.Split(' ')[0]}.nettrace"]))!;
                await Task.Delay(TimeSpan.FromSeconds(3));
            }

            if (!sqlite)
            {
                await Statements(database, reset: true);
            }

            var before = CpuSeconds(silo.ProcessId);
            var result = await Load.Run(8, duration, operation, warmUp: TimeSpan.Zero);
            var after = CpuSeconds(silo.ProcessId);
            if (tracer is not null)
            {
                await tracer.WaitForExitAsync();
            }

            var ops = result.PerSecond * duration.TotalSeconds / 1e6;
            Console.WriteLine($"{name} at 8 in flight: {result.PerSecond:0}/s, p50 {result.P50Ms:0.0} ms, p99 {result.P99Ms:0.0} ms, {result.Errors} errors; " +
                $"CPU per command: service {(after.Service - before.Service) / ops:0} us, PostgreSQL {(after.Postgres - before.Postgres) / ops:0} us, " +
                $"driver {(after.Driver - before.Driver) / ops:0} us");
            if (!sqlite)
            {
                await Statements(database, reset: false, ops * 1e6);
            }
        }
    }

    /// <summary>What each command cost PostgreSQL, statement by statement (pg_stat_statements).</summary>
    private static async Task Statements(string database, bool reset, double commands = 1)
    {
        await using var db = new NpgsqlConnection(database);
        await db.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", db))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(reset
            ? "SELECT pg_stat_statements_reset()"
            : """
              SELECT calls, total_exec_time, left(regexp_replace(query, '\s+', ' ', 'g'), 110) FROM pg_stat_statements
               WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY calls DESC LIMIT 25
              """, db);
        await using var reader = await command.ExecuteReaderAsync();
        while (!reset && await reader.ReadAsync())
        {
            Console.WriteLine($"  {reader.GetInt64(0) / commands,6:0.00} per command, {1000 * reader.GetDouble(1) / reader.GetInt64(0),6:0} us each: {reader.GetString(2)}");
        }
    }

    /// <summary>User and system CPU seconds of a process and of all PostgreSQL processes and this one.</summary>
    private static (double Service, double Postgres, double Driver) CpuSeconds(int pid)
    {
        return (Of(pid), Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d)).Where(n => int.TryParse(n, out _))
            .Select(int.Parse).Where(p => Name(p) == "postgres").Sum(Of), Of(Environment.ProcessId));

        static string Name(int p)
        {
            try
            {
                return File.ReadAllText($"/proc/{p}/comm").Trim();
            }
            catch (IOException)
            {
                return "";
            }
        }

        static double Of(int p)
        {
            try
            {
                var fields = File.ReadAllText($"/proc/{p}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }
}
