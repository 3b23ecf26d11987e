namespace AfterSales.Dashboard.App;

/// <summary>Times as the company reads them: Beijing time (UTC+8, no daylight saving).</summary>
public static class Beijing
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset? at) => at is { } t ? t.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm") : "—";
}
