using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Reporting;
using Microsoft.Extensions.Localization;

namespace AfterSales.Dashboard.Reporting;

/// <summary>
/// What a dashboard page or chart shows, in words: the range and each filter by name ("2026-06-01 – 2026-12-01 ·
/// Region: Sichuan · Station: Chengdu"), and which periods are still running.
/// </summary>
public sealed record DashboardScope(string Text, IReadOnlyDictionary<string, string> EngineerNames, IReadOnlyDictionary<string, string> StationNames)
{
    public static async Task<DashboardScope> Of(DashboardQuery q, IDashboardData data, IStringLocalizer<Texts> t, IEnumerable<string?>? engineers = null, IEnumerable<string?>? stations = null)
    {
        var engineerNames = await data.Names(NameKind.Engineer, (engineers ?? []).Append(q.EngineerId));
        var stationNames = await data.Names(NameKind.Station, (stations ?? []).Append(q.StationId));
        var parts = new List<string> { t["dash.Range", DashboardQuery.Iso(q.From), DashboardQuery.Iso(q.To)] };
        if (q.Region is { } region)
        {
            parts.Add($"{t["dash.Region"]}: {Localization.Places.Region(region)}");
        }

        if (q.StationId is { } station)
        {
            parts.Add($"{t["dash.Station"]}: {stationNames.GetValueOrDefault(station, station)}");
        }

        if (q.EngineerId is { } engineer)
        {
            parts.Add($"{t["dash.Engineer"]}: {engineerNames.GetValueOrDefault(engineer, engineer)}");
        }

        if (q.ProductLine is { } line)
        {
            parts.Add($"{t["dash.ProductLine"]}: {t[$"productLine.{line}"]}");
        }

        return new DashboardScope(string.Join(" · ", parts), engineerNames, stationNames);
    }

    /// <summary>The periods still running today: the week and the month of today.</summary>
    public static IReadOnlySet<string> Running(DateOnly today) => new HashSet<string> { ReportPeriods.Of(Bucket.Week, today), ReportPeriods.Of(Bucket.Month, today) };
}
