using System.Diagnostics;
using AfterSales.Tests.Api;
using Npgsql;

namespace AfterSales.Tests.PostgreSql;

/// <summary>
/// A throwaway PostgreSQL 15 cluster started by the test run: initdb in a temporary folder as the postgres user
/// (when the tests run as root), listening on 127.0.0.1 and a free port, stopped by its own process id at the end.
/// The benchmarks use it too, with fsync on.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";

    private readonly string _dir;

    private readonly string _options;

    public PostgresServer()
        : this(benchmark: false)
    {
    }

    /// <param name="benchmark">
    /// For the benchmarks: the server flushes its WAL to disk at each commit (fsync, off for tests) and counts every
    /// statement (pg_stat_statements).
    /// </param>
    internal PostgresServer(bool benchmark)
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({Bin}); tests/run.sh installs it.");
        }

        _dir = Directory.CreateTempSubdirectory("aftersales-pg-").FullName;
        Port = FreePort.Next();
        if (IsRoot)
        {
            Run("chown", "postgres", _dir);
        }

        AsServerUser($"{Bin}/initdb -D '{_dir}/data' --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 > '{_dir}/initdb.log' 2>&1");
        _options = $"-c listen_addresses=127.0.0.1 -p {Port} -k '{_dir}' -c max_connections=200 {(benchmark ? "-c fsync=on -c shared_preload_libraries=pg_stat_statements" : "-c fsync=off")}";
        Start();
    }

    public int Port { get; }

    public int ProcessId { get; private set; }

    /// <summary>Starts the server (again, after <see cref="Stop"/>) on the same port and data.</summary>
    public void Start()
    {
        AsServerUser($"{Bin}/pg_ctl -D '{_dir}/data' -l '{_dir}/server.log' -w -o \"{_options}\" start > /dev/null");
        ProcessId = int.Parse(File.ReadLines(Path.Combine(_dir, "data", "postmaster.pid")).First());
    }

    /// <summary>Stops the server as an outage would (fast shutdown: open connections are cut).</summary>
    public void Stop()
    {
        AsServerUser($"{Bin}/pg_ctl -D '{_dir}/data' -m fast -w stop > /dev/null");
        NpgsqlConnection.ClearAllPools();
    }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>A new, empty database for one test.</summary>
    public string CreateDatabase()
    {
        var name = $"aftersales_{Guid.NewGuid():N}"[..24];
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        create.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15";

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            AsServerUser($"{Bin}/pg_ctl -D '{_dir}/data' -m fast -w stop > /dev/null");
        }
        catch (InvalidOperationException)
        {
            // pg_ctl could not stop it: stop the server we started, by its process id, and only that one.
            using var postmaster = Process.GetProcessById(ProcessId);
            postmaster.Kill();
        }

        Directory.Delete(_dir, recursive: true);
    }

    // initdb refuses to run as root: as root, the server runs as the postgres user.
    private static void AsServerUser(string command)
    {
        if (IsRoot)
        {
            Run("su", "postgres", "-s", "/bin/sh", "-c", command);
        }
        else
        {
            Run("/bin/sh", "-c", command);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {p.ExitCode}: {error}");
        }
    }
}
