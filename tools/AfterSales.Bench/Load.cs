using System.Diagnostics;

namespace AfterSales.Bench;

/// <summary>Runs a fixed number of operations in flight for a while and measures the rate and the latencies.</summary>
public static class Load
{
    public sealed record Result(int InFlight, double PerSecond, double P50Ms, double P99Ms, int Errors)
    {
        /// <summary>Slices of equal length as one: their mean rate, the median of their medians, the worst p99.</summary>
        public static Result Of(IReadOnlyList<Result> slices) => new(
            slices[0].InFlight, slices.Average(r => r.PerSecond), slices.Select(r => r.P50Ms).Order().ElementAt(slices.Count / 2),
            slices.Max(r => r.P99Ms), slices.Sum(r => r.Errors));
    }

    /// <param name="operation">One operation of worker <c>i</c>; answers whether it succeeded.</param>
    public static async Task<Result> Run(int inFlight, TimeSpan duration, Func<int, Task<bool>> operation, TimeSpan? warmUp = null)
    {
        var end = DateTime.UtcNow + (warmUp ?? TimeSpan.FromSeconds(2));
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async i =>
        {
            while (DateTime.UtcNow < end)
            {
                await operation(i);
            }
        }));

        var latencies = new List<double>[inFlight];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async i =>
        {
            latencies[i] = [];
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                if (!await operation(i))
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[i].Add((clock.Elapsed - started).TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Result(inFlight, all.Count / clock.Elapsed.TotalSeconds, Percentile(all, 0.5), Percentile(all, 0.99), errors);
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>p50 and p95 of one call repeated.</summary>
    public static async Task<(double P50, double P95)> Latency(int runs, Func<Task> call)
    {
        for (var i = 0; i < 5; i++)
        {
            await call();
        }

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (Percentile(times, 0.5), Percentile(times, 0.95));
    }
}
