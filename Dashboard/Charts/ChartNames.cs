namespace AfterSales.Dashboard.Charts;

/// <summary>The names of the charts in URLs: <c>/dashboard/charts/first-response.png</c>.</summary>
public static class ChartNames
{
    private static readonly Dictionary<ChartKind, string> Names = new()
    {
        [ChartKind.FirstResponse] = "first-response",
        [ChartKind.TimeToSite] = "time-to-site",
        [ChartKind.Satisfaction] = "satisfaction",
        [ChartKind.Breaches] = "breaches",
        [ChartKind.SatisfactionByEngineer] = "satisfaction-by-engineer",
        [ChartKind.SatisfactionByStation] = "satisfaction-by-station",
    };

    public static IReadOnlyList<ChartKind> All { get; } = Enum.GetValues<ChartKind>();

    public static string Name(this ChartKind kind) => Names[kind];

    public static bool TryParse(string name, out ChartKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (n == name)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
