using System.Diagnostics;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Durability;

/// <summary>
/// The real service as a separate process (the built AfterSales.Silo.dll), on 127.0.0.1 and free ports, so that
/// a test can kill it with SIGKILL and start it again on the same data.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log;

    private readonly long[] _written;

    private SiloProcess(Process process, Uri address, System.Collections.Concurrent.ConcurrentQueue<string> log, long[] written)
    {
        _process = process;
        _log = log;
        _written = written;
        Address = address;
    }

    private static readonly string[] OwnPrefixes =
        ["Storage__", "Cluster__", "Auth__", "ConnectionStrings__", "CodeOfConduct__", "BusinessCalendar__", "RateLimits__", "Idempotency__", "Sla__"];

    public Uri Address { get; }

    public int Id => _process.Id;

    public static string SiloDll => Built("Silo", "AfterSales.Silo.dll");

    /// <summary>The demo seed, a program of its own (tools/AfterSales.Seeder).</summary>
    public static string SeederDll => Built(Path.Combine("tools", "AfterSales.Seeder"), "AfterSales.Seeder.dll");

    // tests/AfterSales.Tests/bin/<Configuration>/net10.0/ -> <project>/bin/<Configuration>/net10.0/
    /// <summary>The repository's folder: tests/AfterSales.Tests/bin/&lt;Configuration&gt;/net10.0/ is five levels below it.</summary>
    public static string RepositoryRoot => TestBin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;

    private static DirectoryInfo TestBin => new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    private static string Built(string project, string assembly) =>
        Path.Combine(RepositoryRoot, project, "bin", TestBin.Parent!.Name, TestBin.Name, assembly);

    public static async Task<SiloProcess> Start(IReadOnlyDictionary<string, string> settings, int? httpPort = null)
    {
        var address = new Uri($"http://127.0.0.1:{httpPort ?? FreePort.Next()}");
        var start = StartInfo(settings, SiloDll, "--urls", address.ToString().TrimEnd('/'));
        var process = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var written = new long[1];
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            Interlocked.Increment(ref written[0]);
            log.Enqueue(line);
            while (log.Count > 400 && log.TryDequeue(out _))
            {
            }
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var silo = new SiloProcess(process, address, log, written);
        try
        {
            await silo.WaitHealthy(TimeSpan.FromSeconds(90));
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }

        return silo;
    }

    /// <summary>Runs a program of the service (e.g. the <see cref="SeederDll"/>) to its end; answers its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> Run(string dll, IReadOnlyDictionary<string, string> settings, TimeSpan timeout, params string[] args)
    {
        using var process = Process.Start(StartInfo(settings, [dll, .. args]))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', args)} did not end in {timeout}.");
        }

        return (process.ExitCode, await output + await error);
    }

    // The built service with only the settings given here: the test process's own environment (e.g. the API
    // fixture's) must not leak in.
    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var inherited in start.Environment.Keys.Where(k => OwnPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        return start;
    }

    /// <summary>How many lines the process has written to its console so far.</summary>
    public long LinesWritten => Interlocked.Read(ref _written[0]);

    /// <summary>The last lines the process wrote, for the message of a failing test.</summary>
    public string Log => string.Join(Environment.NewLine, _log);

    /// <summary>Runs test steps against this process; a failure carries the process's log.</summary>
    public async Task<T> Explain<T>(Func<Task<T>> steps)
    {
        try
        {
            return await steps();
        }
        catch (Exception e) when (e is not TimeoutException)
        {
            throw new InvalidOperationException($"{e.Message}{Environment.NewLine}--- silo log ---{Environment.NewLine}{Log}", e);
        }
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return client;
    }

    /// <summary>kill -9: no shutdown, no flush, nothing but what was already durable survives.</summary>
    public async Task Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        _process.Dispose();
    }

    private async Task WaitHealthy(TimeSpan timeout)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The silo process exited with {_process.ExitCode}.{Environment.NewLine}--- silo log ---{Environment.NewLine}{Log}");
            }

            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The silo at {Address} did not become healthy in {timeout}.");
    }
}
