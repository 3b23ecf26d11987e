using System.Net.Http.Json;
using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Persistence.ReadModels;
using Microsoft.Data.Sqlite;

namespace AfterSales.Bench;

/// <summary>100,000 stored tickets on the SQLite default: start-up, list pages, the year's report, every ticket active.</summary>
public static class Scale
{
    public static async Task Measure(Report report, string data, int count)
    {
        var settings = new Dictionary<string, string> { ["Storage:DataDirectory"] = data };
        string template;
        await using (var silo = await SiloUnderTest.Start(settings))
        {
            var api = new ServiceApi(silo);
            await api.Seed();
            template = (await api.Intake())!;
            foreach (var (path, body) in new (string, object)[]
            {
                ("classify", new { category = "Breakdown", warrantySuspected = false }), ("assign", new { engineerId = "E-bench" }),
                ("contact", new { notes = "called the driver" }), ("phone-attempts", new { solved = true, notes = "reset the drum controller" }),
            })
            {
                var who = path is "contact" or "phone-attempts" ? silo.Client(AfterSales.GrainInterfaces.Common.Role.ServiceEngineer, "E-bench") : api.Assistant;
                (await who.PostAsJsonAsync($"/api/tickets/{template}/{path}", body, ServiceApi.Json)).EnsureSuccessStatusCode();
            }
        }

        var file = Path.Combine(data, "aftersales.db");
        SqliteConnection.ClearAllPools();
        var ids = BulkTickets.Write(file, template, count, DateTimeOffset.UtcNow);
        var label = $"{count:N0} stored tickets";

        await using var again = await SiloUnderTest.Start(settings);
        report.Add($"{label}: silo start to healthy", $"{again.Startup.TotalSeconds:0.00} s", "<= 5 s");
        var service = new ServiceApi(again);

        var first = await Load.Latency(200, () => service.Ok("/api/tickets?limit=50"));
        report.Add($"{label}: ticket list, first page (50)", $"p50 {first.P50:0.0} ms, p95 {first.P95:0.0} ms", "p95 <= 20 ms");
        var cursor = DeepCursor(file, count / 2);
        var deep = await Load.Latency(200, () => service.Ok($"/api/tickets?limit=50&cursor={cursor}"));
        report.Add($"{label}: ticket list, page at row {count / 2:N0}", $"p50 {deep.P50:0.0} ms, p95 {deep.P95:0.0} ms", "p95 <= 20 ms");

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var year = $"/api/reports/response-times?bucket=week&from={today.AddDays(-364):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var filtered = await Load.Latency(200, () => service.Ok($"{year}&region=Shandong&productLine=TruckMixer"));
        report.Add($"{label}: 52-week response-time report, region + product line", $"p50 {filtered.P50:0.0} ms, p95 {filtered.P95:0.0} ms", "p95 <= 50 ms");
        var all = await Load.Latency(50, () => service.Ok(year));
        report.Add($"{label}: 52-week response-time report, no filter", $"p50 {all.P50:0.0} ms, p95 {all.P95:0.0} ms");

        // The dashboard's response-time chart of those weeks as a PNG (ScottPlot, Chinese texts), drawn in this process.
        ChartFonts.UseDefault();
        var weeks = (await service.Manager.GetFromJsonAsync<List<ResponseTimeRow>>(year, ServiceApi.Json))!;
        var texts = new ChartContext(ChartTexts.For(Language.Zh), "2025-12-01 – 2026-12-01");
        var firstChart = System.Diagnostics.Stopwatch.StartNew();
        ChartRenderer.Render(ResponseTimesChart.FirstResponse(weeks, texts), ChartFormat.Png);
        var chartFirst = firstChart.Elapsed.TotalMilliseconds;
        var chart = await Load.Latency(50, () =>
        {
            ChartRenderer.Render(ResponseTimesChart.FirstResponse(weeks, texts), ChartFormat.Png);
            return Task.CompletedTask;
        });
        report.Add("first-response chart of 53 weeks, PNG in Chinese", $"first {chartFirst:0} ms, then p50 {chart.P50:0.0} ms, p95 {chart.P95:0.0} ms", "<= 30 ms");

        var before = again.ResidentMiB();
        var next = -1;
        var activation = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < ids.Count; i = Interlocked.Increment(ref next))
            {
                if (!await service.Ok($"/api/tickets/{ids[i]}"))
                {
                    throw new InvalidOperationException($"ticket {ids[i]} did not answer");
                }
            }
        }));
        var rate = ids.Count / activation.Elapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(3));
        report.Add($"{label}: all active (GET each, {rate:0}/s)", $"RSS {again.ResidentMiB():0} MiB (before: {before:0} MiB)", "<= 1 GiB");
    }

    // The cursor of the page that starts at a row deep in the list (newest received first, then by id).
    private static string DeepCursor(string file, int offset)
    {
        using var db = new SqliteConnection($"Data Source={file}");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT ReceivedAt, Id FROM RmTicket ORDER BY ReceivedAt DESC, Id DESC LIMIT 1 OFFSET @o";
        command.Parameters.AddWithValue("@o", offset - 1);
        using var reader = command.ExecuteReader();
        reader.Read();
        return Cursor.Of(reader.GetInt64(0), reader.GetString(1));
    }
}
