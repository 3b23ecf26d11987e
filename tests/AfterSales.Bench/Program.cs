using System.Diagnostics;
using AfterSales.Bench;
using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;
using AfterSales.Grains.Tickets;
using Microsoft.Extensions.DependencyInjection;

// Response-time report over 52 weeks of 100,000 tickets: from the per-week aggregates (as ReportQueries reads them)
// against the baseline of reading every ticket grain. Memory grain storage, one in-process silo.
const int Tickets = 100_000;
const int Runs = 200;
var calendar = new BusinessCalendar(new BusinessCalendarSettings());
using var host = await BenchSilo.Start();
var grains = host.Services.GetRequiredService<IGrainFactory>();
var storage = BenchSilo.Storage(host);
var today = calendar.LocalDate(DateTimeOffset.UtcNow);
var tickets = new BenchTickets(Tickets, today, calendar);
var all = tickets.Generate().ToList();
var parallel = new ParallelOptions { MaxDegreeOfParallelism = 256 };
Console.WriteLine($"{Environment.ProcessorCount} cores, {Tickets:N0} tickets from {tickets.FirstDay} to {today}");

// The facts, recorded as the ticket grains record them: into the week and the month they were received in.
var watch = Stopwatch.StartNew();
await Parallel.ForEachAsync(all, parallel, async (t, _) =>
{
    var day = calendar.LocalDate(t.Facts.ReceivedAt);
    await Task.WhenAll(
        grains.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(Bucket.Week, ReportPeriods.Of(Bucket.Week, day))).Record(t.Facts),
        grains.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(Bucket.Month, ReportPeriods.Of(Bucket.Month, day))).Record(t.Facts));
});
Console.WriteLine($"facts recorded: {watch.Elapsed.TotalSeconds:0.0} s");

// (1) The report as ReportQueries makes it: one Summarize per week, all in parallel.
var weeks = ReportPeriods.Between(Bucket.Week, tickets.FirstDay, today);
Task<ResponseTimeRow[]> Report() => Task.WhenAll(weeks.Select(w =>
    grains.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(Bucket.Week, w)).Summarize(new ReportFilter(), 2, 24)));
// The first report computes every week's summary; the aggregates keep them until their facts change, as on a live
// dashboard where only the current week moves. Both are printed.
watch.Restart();
var rows = await Report();
Console.WriteLine($"(1) {weeks.Count}-week report from the aggregates, first (every summary computed): {watch.Elapsed.TotalMilliseconds:0.0} ms");
var (p50, p95, max) = await Latency.Measure(Runs, Report);
Console.WriteLine($"(1) {weeks.Count}-week report from the aggregates, {Runs} runs after it: p50 {p50:0.0} ms, p95 {p95:0.0} ms, max {max:0.0} ms (target p95 <= 50 ms)");
var fresh = 0;
Task<ResponseTimeRow[]> Uncached() => Task.WhenAll(weeks.Select(w =>
    grains.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(Bucket.Week, w)).Summarize(new ReportFilter(), 2, 24 + (++fresh * 1e-6))));
var (u50, u95, umax) = await Latency.Measure(Runs, Uncached);
Console.WriteLine($"(1) {weeks.Count}-week report, every summary computed afresh, {Runs} runs: p50 {u50:0.0} ms, p95 {u95:0.0} ms, max {umax:0.0} ms");

// (2) The baseline. Creating 100,000 tickets through their commands takes minutes, so their state is written straight into
// the grain storage (the state a closed ticket has, without history), the directory partitions with them, as if published.
watch.Restart();
foreach (var partition in all.GroupBy(t => TicketDirectory.PartitionOf(t.Facts.TicketId)))
{
    var directory = new TicketDirectoryState { Tickets = partition.ToDictionary(t => t.Facts.TicketId, t => tickets.Summary(t.State, t.Facts.TicketId)) };
    await storage.WriteStateAsync("ticketdirectory", grains.GetGrain<ITicketDirectoryGrain>(partition.Key).GetGrainId(), new GrainState<TicketDirectoryState>(directory));
}

await Parallel.ForEachAsync(all, parallel, async (t, _) =>
    await storage.WriteStateAsync("ticket", grains.GetGrain<ITicketGrain>(t.Facts.TicketId).GetGrainId(), new GrainState<TicketState>(t.State)));
Console.WriteLine($"ticket states written to storage: {watch.Elapsed.TotalSeconds:0.0} s");

var baseline = new BaselineReport(grains, tickets, [.. all.Select(t => t.Facts.TicketId)]);
watch.Restart();
var baselineRows = await baseline.Compute();
Console.WriteLine($"(2) baseline, cold (activates {Tickets:N0} ticket grains): {watch.Elapsed.TotalMilliseconds:N0} ms");
var (b50, b95, bmax) = await Latency.Measure(5, baseline.Compute);
Console.WriteLine($"(2) baseline, warm (ITicketGrain.Get over {Tickets:N0} active grains), 5 runs: p50 {b50:N0} ms, p95 {b95:N0} ms, max {bmax:N0} ms");

var same = rows.Where(r => r.Tickets > 0).Select(r => (r.Period, r.Tickets, r.FirstResponseP50Hours, r.TimeToSiteP90Hours))
    .SequenceEqual(baselineRows.Select(r => (r.Period, r.Tickets, r.FirstResponseP50Hours, r.TimeToSiteP90Hours)));
Console.WriteLine($"both give the same report: {same}; speed-up over the warm baseline (p50): {b50 / u50:N0}x computed afresh, {b50 / p50:N0}x with kept summaries");
// (3) The dashboard's response-time chart of those 52 weeks as a PNG, in Chinese (CJK glyphs), after a warm-up.
var weekRows = rows.ToList();
byte[] Png() => ChartRenderer.Render(ResponseTimesChart.Build(weekRows, Texts.For(Language.Zh)), ChartFormat.Png);
var cold = Stopwatch.StartNew();
var bytes = Png().Length;
var coldMs = cold.Elapsed.TotalMilliseconds;
var (c50, c95, cmax) = await Latency.Measure(100, () => Task.FromResult(Png()));
Console.WriteLine($"(3) response-time chart PNG ({bytes / 1024} KB): first {coldMs:0} ms; warm, 100 runs: p50 {c50:0.0} ms, p95 {c95:0.0} ms, max {cmax:0.0} ms");
await host.StopAsync();
