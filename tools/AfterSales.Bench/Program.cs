using System.Globalization;
using AfterSales.Bench;
using AfterSales.Persistence.ReadModels;
using AfterSales.Tests.PostgreSql;
using Microsoft.Data.Sqlite;
using Npgsql;

// dotnet run -c Release --project tools/AfterSales.Bench [-- --quick | --demo | --machines]
// The service runs as a process of its own; this program is its load driver and measures the baselines in the same run.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var quick = args.Contains("--quick");
var duration = TimeSpan.FromSeconds(quick ? 2 : 8);
var warmUp = TimeSpan.FromSeconds(quick ? 10 : 40);
var tickets = quick ? 10_000 : 100_000;
var report = new Report(Machine.Describe());
if (args.Contains("--profile"))
{
    return await Profile.Run(args.Contains("--trace"),
        args.Where(a => a.Contains('=')).Select(a => a.Split('=', 2)).ToDictionary(a => a[0], a => a[1]));
}

var machines = quick ? 100_000 : 1_000_000;
if (args.Contains("--machines"))
{
    // The installed base alone (issue 24): a million machines on PostgreSQL.
    await MachineScale.Measure(report, machines, duration, warmUp);
    report.Print();
    return 0;
}

var work = Directory.CreateTempSubdirectory("aftersales-bench-").FullName;
if (args.Contains("--demo"))
{
    // The demo year's dashboard alone (about a minute).
    await DemoYear.Measure(report, Path.Combine(work, "demo"));
    Directory.Delete(work, recursive: true);
    report.Print();
    return 0;
}

try
{
    using var postgres = new PostgresServer(benchmark: true);
    var serviceDb = postgres.CreateDatabase();
    await using (var silo = await SiloUnderTest.Start(new Dictionary<string, string> { ["Storage:Provider"] = "PostgreSql", ["ConnectionStrings:AfterSales"] = serviceDb }))
    {
        var api = new ServiceApi(silo);
        await api.Seed();
        await Commands.Compare(report, "PostgreSQL 15 (fsync on)", api, duration,
            () => PayloadOf(new NpgsqlConnection(serviceDb)),
            (inFlight, bytes, slice) => RawWrites.PostgreSql(postgres.CreateDatabase(), inFlight, bytes, slice), warmUp);
        await Commands.PerCommand(report, api, serviceDb);
    }

    var data = Path.Combine(work, "sqlite");
    await using (var silo = await SiloUnderTest.Start(new Dictionary<string, string> { ["Storage:DataDirectory"] = data }))
    {
        var api = new ServiceApi(silo);
        await api.Seed();
        await Commands.Compare(report, "SQLite (the default)", api, duration,
            () => PayloadOf(new SqliteConnection($"Data Source={Path.Combine(data, "aftersales.db")}")),
            (inFlight, bytes, slice) => RawWrites.Sqlite(Path.Combine(work, $"raw-{inFlight}.db"), inFlight, bytes, slice), warmUp);
    }

    await Scale.Measure(report, Path.Combine(work, "scale"), tickets);
    await MachineScale.Measure(report, machines, duration, warmUp);
    await DemoYear.Measure(report, Path.Combine(work, "demo"));
}
finally
{
    NpgsqlConnection.ClearAllPools();
    SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}

report.Print();
return 0;

// The average size of a ticket's state row: the payload of the raw writes.
static int PayloadOf(System.Data.Common.DbConnection connection)
{
    using (connection)
    {
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT avg(length(Payload)) FROM AfterSalesGrainState WHERE StateKey LIKE 'ticket/%'";
        return (int)Convert.ToDouble(command.ExecuteScalar());
    }
}
