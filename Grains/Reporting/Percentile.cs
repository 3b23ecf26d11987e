namespace AfterSales.Grains.Reporting;

public static class Percentile
{
    /// <summary>The p-th percentile (0..1) by linear interpolation between closest ranks; null for no values.</summary>
    public static double? Of(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return Math.Round(sorted[low] + ((sorted[high] - sorted[low]) * (rank - low)), 2);
    }
}
