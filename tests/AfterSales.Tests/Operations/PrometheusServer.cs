using AfterSales.Tests.Tools;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.Tests.Api;

namespace AfterSales.Tests.Operations;

/// <summary>
/// Debian's Prometheus, started for a test on 127.0.0.1 and a free port, scraping one silo's <c>/metrics</c> every
/// second with an operator's bearer token; stopped by its process id. Nothing of it is mocked.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";

    private readonly Process _process;
    private readonly string _dir;
    private readonly HttpClient _http;

    private PrometheusServer(Process process, string dir, Uri address)
    {
        _process = process;
        _dir = dir;
        _http = new HttpClient { BaseAddress = address };
    }

    public static async Task<PrometheusServer> Scraping(Uri silo, string token)
    {
        Assert.True(File.Exists(Binary), $"Prometheus is not installed ({Binary}); tests/run.sh installs it.");
        var dir = Directory.CreateTempSubdirectory("aftersales-prometheus-").FullName;
        var config = Path.Combine(dir, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
            scrape_configs:
              - job_name: aftersales
                metrics_path: /metrics
                authorization:
                  type: Bearer
                  credentials: {token}
                static_configs:
                  - targets: ['{silo.Authority}']
            """);
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo(RequiredTool.Path(Binary, "prometheus"))
        {
            ArgumentList = { $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(dir, "data")}", $"--web.listen-address={address.Authority}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, dir, address);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if ((await server._http.GetAsync("/-/ready")).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException("Prometheus did not become ready.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The sum over the series a PromQL selector finds, once it is at least <paramref name="atLeast"/> (or the last value at the deadline).</summary>
    public async Task<double> Sum(string selector, double atLeast, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var answer = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/query?query={Uri.EscapeDataString($"sum({selector})")}");
            var result = answer.GetProperty("data").GetProperty("result");
            var value = result.GetArrayLength() == 0 ? 0 : double.Parse(result[0].GetProperty("value")[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            if (value >= atLeast || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(500);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
