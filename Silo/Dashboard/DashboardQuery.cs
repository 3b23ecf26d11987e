using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api;
using Microsoft.AspNetCore.WebUtilities;

namespace AfterSales.Silo.Dashboard;

/// <summary>The filters of the dashboard as a GET query: region, station, engineer, product line, range, language.</summary>
public sealed record DashboardQuery(
    string? Region, string? StationId, string? EngineerId, QueryChoice<ProductLine>? ProductLine, DateOnly? From, DateOnly? To, string? Lang)
{
    public const int MaxDays = 3 * 366;

    public ReportFilter Filter => new(Blank(Region), Blank(StationId), Blank(EngineerId), ProductLine?.Value);

    public Language Language(HttpRequest request) => LanguageChoice.Choose(Lang, request.Headers.AcceptLanguage);

    /// <summary>The weeks to chart: the range asked for, else the last twelve weeks.</summary>
    public (DateOnly From, DateOnly To) Weeks(DateOnly today)
    {
        var to = To ?? today;
        return Checked(From ?? to.AddDays(-7 * 11), to);
    }

    /// <summary>The months to chart: the range asked for, else the last twelve months.</summary>
    public (DateOnly From, DateOnly To) Months(DateOnly today)
    {
        var to = To ?? today;
        return Checked(From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(-11), to);
    }

    public TicketFilter Tickets(bool? breached) =>
        new(EngineerId: Blank(EngineerId), StationId: Blank(StationId), Breached: breached, Region: Blank(Region));

    /// <summary>This query as a query string, with another language or other additions.</summary>
    public string QueryString(string? lang = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["region"] = Blank(Region), ["stationId"] = Blank(StationId), ["engineerId"] = Blank(EngineerId),
            ["productLine"] = ProductLine?.ToString(), ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"),
            ["lang"] = lang ?? Blank(Lang),
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            values[k] = v;
        }

        return QueryHelpers.AddQueryString("", values.Where(v => v.Value is not null));
    }

    private static (DateOnly, DateOnly) Checked(DateOnly from, DateOnly to) =>
        from <= to && to.DayNumber - from.DayNumber <= MaxDays
            ? (from, to)
            : throw new InvalidInputException("API-RANGE", "from", "from must be before to, at most three years apart.");

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
