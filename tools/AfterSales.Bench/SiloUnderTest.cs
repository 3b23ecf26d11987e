using System.Diagnostics;
using System.Net.Http.Headers;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Auth;
using AfterSales.Tests.Api;

namespace AfterSales.Bench;

/// <summary>The service as a process of its own (Release build), which the bench drives over HTTP from this process.</summary>
public sealed class SiloUnderTest : IAsyncDisposable
{
    public const string SigningKey = "bench-signing-key-0123456789-abcdefghijklmnopqrstuv";

    private readonly Process _process;

    private SiloUnderTest(Process process, Uri address, TimeSpan startup)
    {
        _process = process;
        Address = address;
        Startup = startup;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>From the start of the process to its first healthy answer.</summary>
    public TimeSpan Startup { get; }

    public static async Task<SiloUnderTest> Start(IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(SiloDll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        start.Environment["Cluster__SiloPort"] = FreePort.Next().ToString();
        start.Environment["Cluster__GatewayPort"] = FreePort.Next().ToString();
        start.Environment["Auth__SigningKey"] = SigningKey;
        // The bench is one desk and one manager driving many tickets: the per-caller limits would measure the limiter.
        start.Environment["RateLimits__CommandsPerSecond"] = "1000000";
        start.Environment["RateLimits__ReadsPerSecond"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"  silo: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with {process.ExitCode} while starting.");
            }

            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return new SiloUnderTest(process, address, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }
    }

    public HttpClient Client(Role role, string sub, string? customerId = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("Auth:SigningKey", SigningKey)]).Build();
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenCommand.Issue(config, sub, role, customerId, null, TimeSpan.FromHours(4)));
        return client;
    }

    /// <summary>The process's resident memory, in MiB.</summary>
    public double ResidentMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    // tools/AfterSales.Bench/bin/<Configuration>/net10.0/ -> Silo/bin/<Configuration>/net10.0/
    private static string SiloDll()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = bin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(root, "Silo", "bin", bin.Parent.Name, bin.Name, "AfterSales.Silo.dll");
    }
}
