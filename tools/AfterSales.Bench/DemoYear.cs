using System.Diagnostics;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Bench;

/// <summary>
/// The demo year (seed-demo's default: 5,000 tickets over 12 months, SQLite) as a quality manager opens the dashboard:
/// the page and then, as a browser does, its charts six at a time.
/// </summary>
public static partial class DemoYear
{
    public static async Task Measure(Report report, string data)
    {
        var seeding = Stopwatch.StartNew();
        await Seed(data);
        report.Add("demo year: seed-demo (5,000 tickets)", $"{seeding.Elapsed.TotalSeconds:0.0} s");

        await using var silo = await SiloUnderTest.Start(new Dictionary<string, string> { ["Storage:DataDirectory"] = data });
        using var quality = silo.Client(Role.QualityDepartment, "quality");
        foreach (var language in new[] { "zh", "en" })
        {
            var first = Stopwatch.StartNew();
            await Open(quality, language);
            var firstMs = first.Elapsed.TotalMilliseconds;
            var (p50, p95) = await Load.Latency(30, () => Open(quality, language));
            report.Add($"demo year: dashboard page with its charts ({language}), first / warm",
                $"first {firstMs:0} ms, then p50 {p50:0} ms, p95 {p95:0} ms", "warm <= 1 s");
        }
    }

    /// <summary>The page, then every chart it shows, six requests in flight as a browser's.</summary>
    private static async Task Open(HttpClient client, string language)
    {
        var html = await Text(client, $"/dashboard?lang={language}");
        var charts = ChartSource().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        if (charts.Count == 0)
        {
            throw new InvalidOperationException("The dashboard page shows no chart.");
        }

        await Parallel.ForEachAsync(charts, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (chart, _) => await Text(client, chart));
    }

    private static async Task<string> Text(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>seed-demo as its own process (Release, built beside the bench), into the data directory.</summary>
    private static async Task Seed(string data)
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = bin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "tools", "AfterSales.Seeder", "bin", bin.Parent.Name, bin.Name, "AfterSales.Seeder.dll"));
        start.ArgumentList.Add($"--Storage:DataDirectory={data}");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"seed-demo exited with {process.ExitCode}: {await output}{await errors}");
        }
    }

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ChartSource();
}
