namespace AfterSales.Tests.Reporting;

/// <summary>The p-th percentile by linear interpolation between closest ranks, computed by the tests from the tickets themselves.</summary>
public static class ExpectedPercentile
{
    public static double? Of(IEnumerable<double?> values, double p)
    {
        var v = values.OfType<double>().Order().ToArray();
        if (v.Length == 0)
        {
            return null;
        }

        var rank = p * (v.Length - 1);
        var (lo, hi) = ((int)rank, (int)Math.Ceiling(rank));
        return Math.Round(v[lo] + ((v[hi] - v[lo]) * (rank - lo)), 2);
    }
}
