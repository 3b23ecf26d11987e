using System.Diagnostics;

namespace AfterSales.Bench;

/// <summary>Runs an action many times and gives its p50 and p95 in milliseconds.</summary>
public static class Latency
{
    public static async Task<(double P50, double P95, double Max)> Measure(int runs, Func<Task> action)
    {
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (At(times, 0.5), At(times, 0.95), times[^1]);
    }

    private static double At(double[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
}
