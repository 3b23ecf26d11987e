using System.Globalization;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace AfterSales.Dashboard.Reporting;

/// <summary>
/// What the dashboard shows: a range of days (both included, by the business calendar's date) and the filters —
/// region, station, engineer, product line. Read from a page's query string; every link of the dashboard carries it
/// whole, so that each figure leads to exactly the tickets it counts.
/// </summary>
public sealed record DashboardQuery(DateOnly From, DateOnly To, string? Region = null, string? StationId = null, string? EngineerId = null, ProductLine? ProductLine = null)
{
    public const int MaxDays = 3 * 366;

    /// <summary>The range shown when none is asked for: this month and the five before it.</summary>
    public static DashboardQuery Default(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1).AddMonths(-5), today);

    public ReportFilter Filter => new(Region, StationId, EngineerId, ProductLine);

    public TicketFilter Tickets(bool? breached) =>
        new(EngineerId: EngineerId, StationId: StationId, Breached: breached, Region: Region, ProductLine: ProductLine);

    /// <summary>The query of a page; null with the text key of what is wrong (a range the page explains instead of charting).</summary>
    public static (DashboardQuery? Query, string? Error) Parse(IQueryCollection query, DateOnly today)
    {
        string? Value(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

        var fallback = Default(today);
        if (!Date(Value("from"), out var from) || !Date(Value("to"), out var to))
        {
            return (null, "dash.error.date");
        }

        ProductLine? line = null;
        if (Value("productLine") is { } text)
        {
            if (!Enum.TryParse<ProductLine>(text, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || text.Any(char.IsDigit))
            {
                return (null, "dash.error.productLine");
            }

            line = parsed;
        }

        var q = new DashboardQuery(from ?? (to is { } t ? Default(t).From : fallback.From), to ?? fallback.To, Value("region"), Value("stationId"), Value("engineerId"), line);
        return q.From > q.To ? (null, "dash.error.order")
            : q.To.DayNumber - q.From.DayNumber > MaxDays ? (null, "dash.error.span")
            : (q, null);
    }

    /// <summary>
    /// This query for another range: a month's figures or a chart's period. The reports count whole weeks and
    /// months, so a period's tickets are those of all its days, even where the range starts or ends inside it.
    /// </summary>
    public DashboardQuery Between(DateOnly from, DateOnly to) => this with { From = from, To = to };

    /// <summary>This query for one whole period of the reports.</summary>
    public DashboardQuery Period(Bucket bucket, string period) => Between(ReportPeriods.FirstDay(bucket, period), ReportPeriods.LastDay(bucket, period));

    /// <summary>A chart's or a download's answer to a query that <see cref="Parse"/> refused: 400 with the page's explanation.</summary>
    public static IResult Refused(IStringLocalizer t, string error) =>
        Results.Problem(t[error], statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["ruleId"] = "API-RANGE" });

    /// <summary>This query as a query string, with additions (breached, a cursor).</summary>
    public string QueryString(IReadOnlyDictionary<string, string>? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["from"] = Iso(From), ["to"] = Iso(To), ["region"] = Region, ["stationId"] = StationId, ["engineerId"] = EngineerId,
            ["productLine"] = ProductLine?.ToString(),
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            values[k] = v;
        }

        return QueryHelpers.AddQueryString("", values.Where(v => v.Value is not null));
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool Date(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 1990 and <= 2200)
        {
            date = d;
            return true;
        }

        return false;
    }
}
