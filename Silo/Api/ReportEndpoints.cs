using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Dashboard.Exports;
using AfterSales.Silo.Api.OpenApi;
using AfterSales.Silo.Dashboard;
using AfterSales.Silo.Api.Requests;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Api;

public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");

        // Response times per week or month against their targets (R-TKT-3, R-TKT-5); default: the last 12 weeks.
        reports.MapGet("/response-times", async ([AsParameters] ResponseTimesQuery q, HttpContext http, ReportQueries queries) =>
            TypedResults.Ok(await ResponseTimes(q, http, queries)))
            .Runs(ReportOperation.ResponseTimes, "responseTimes", "Response times against their targets",
                "Per week or month (R-TKT-3, R-TKT-5); default the last 12 weeks. A station sees its own figures only.");
        reports.MapExports<ResponseTimesQuery, ResponseTimeRow>(
            "response-times", ReportOperation.ResponseTimes, "responseTimes", "Response times", ResponseTimes, ExportColumns.ResponseTimes);

        // Satisfaction per month against the target (R-SAT-1/2); groupBy=engineer|station ranks them over the range.
        reports.MapGet("/satisfaction", async ([AsParameters] SatisfactionQuery q, HttpContext http, ReportQueries queries) =>
            TypedResults.Ok(await Satisfaction(q, http, queries)))
            .Runs(ReportOperation.Satisfaction, "satisfaction", "Satisfaction against the target",
                "Per month (R-SAT-1/2); groupBy=engineer|station ranks them over the range. A station sees its own figures only.");
        reports.MapExports<SatisfactionQuery, SatisfactionRow>(
            "satisfaction", ReportOperation.Satisfaction, "satisfaction", "Satisfaction", Satisfaction, ExportColumns.Satisfaction,
            // Ranked by engineer or station: each key's name beside it.
            (rows, readModel) => ExportNames.Of(rows, _ => null, r => r.Key, r => r.Key,
                async (kind, ids) => await readModel.Names(DashboardData.KindOf(kind), [.. ids.OfType<string>()])));

        // R-WTY-3: old parts not back at the warehouse in time, most overdue first.
        reports.MapGet("/old-parts/overdue", async (ReadModel readModel, [FromKeyedServices(RulesClock.Key)] TimeProvider clock) =>
        {
            var overdue = await readModel.OverdueOldParts(clock.GetUtcNow());
            return TypedResults.Ok(overdue.OrderByDescending(p => p.DaysOverdue).ThenBy(p => p.TicketId).ToList());
        }).Runs(ReportOperation.OverdueOldParts, "overdueOldParts", "Old parts overdue at the warehouse (R-WTY-3)", "Most overdue first.");
    }

    /// <summary>A report's spreadsheets (docs/api.md "Documents and exports"): the rows of its JSON for the same query, as .xlsx and .csv.</summary>
    private static void MapExports<TQuery, TRow>(
        this RouteGroupBuilder reports, string name, ReportOperation operation, string operationId, string title,
        Func<TQuery, HttpContext, ReportQueries, Task<IReadOnlyList<TRow>>> rows, IReadOnlyList<ExportColumn<TRow>> columns,
        Func<IReadOnlyList<TRow>, ReadModel, Task<ExportNames>>? names = null)
    {
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            reports.MapGet($"/{name}.{format.Extension()}", async ([AsParameters] TQuery q, HttpContext http, ReportQueries queries, ReadModel readModel) =>
            {
                var found = await rows(q, http, queries);
                return await Export.Table(http, format, name, found, columns, names is null ? null : await names(found, readModel));
            })
                .Runs(operation, $"{operationId}{format}", $"{title} as {format.Extension()}",
                    $"The rows of {operationId} with the same query, headed in the caller's language.")
                .AnswersFile(format.ContentType());
        }
    }

    private static Task<IReadOnlyList<ResponseTimeRow>> ResponseTimes(ResponseTimesQuery q, HttpContext http, ReportQueries queries)
    {
        var filter = ReadFilter(http, ReportOperation.ResponseTimes, q.Region, q.StationId, q.EngineerId, q.ProductLine?.Value);
        var (start, end) = Range(queries, q.From, q.To, TimeSpan.FromDays(7 * 12));
        return queries.ResponseTimes(start, end, q.Bucket?.Value ?? Bucket.Week, filter);
    }

    private static Task<IReadOnlyList<SatisfactionRow>> Satisfaction(SatisfactionQuery q, HttpContext http, ReportQueries queries)
    {
        if (q.Bucket?.Value is { } b && b != Bucket.Month)
        {
            throw new InvalidInputException("R-SAT-2", "bucket", Sentence.Of("refusal.api.satisfaction-monthly", "Satisfaction is reported per month (bucket=month)."));
        }

        var filter = ReadFilter(http, ReportOperation.Satisfaction, q.Region, q.StationId, q.EngineerId, q.ProductLine?.Value);
        var (start, end) = Range(queries, q.From, q.To, TimeSpan.FromDays(365));
        return queries.Satisfaction(start, end, filter, q.GroupBy?.Value ?? SatisfactionGrouping.None);
    }

    /// <summary>Staff see every report; a service station (whose grant reaches its own) sees its own figures only.</summary>
    private static ReportFilter ReadFilter(HttpContext http, ReportOperation report, string? region, string? stationId, string? engineerId, ProductLine? productLine)
    {
        var (actor, reach) = http.Reach(report);
        return new ReportFilter(region, reach == Reach.Own ? actor.StationId : stationId, engineerId, productLine);
    }

    private static (DateOnly From, DateOnly To) Range(ReportQueries queries, DateOnly? from, DateOnly? to, TimeSpan span)
    {
        // docs/api.md "Limits": dates between 1990-01-01 and ten years from today.
        var latest = Limits.Latest(queries.Now);
        foreach (var (name, date) in new[] { ("from", from), ("to", to) })
        {
            if (date is { } d && (d < Limits.Earliest || d > latest))
            {
                throw new InvalidInputException("API-RANGE", name, Sentence.Of("refusal.api.out-of-range", $"{name} must be between {Limits.Earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}."));
            }
        }

        var end = to ?? queries.Today;
        var start = from ?? end.AddDays(-(int)span.TotalDays);
        if (start > end || end.DayNumber - start.DayNumber > 3 * 366)
        {
            throw new InvalidInputException("API-RANGE", "from", Sentence.Of("refusal.api.range", "from must be before to, at most three years apart."));
        }

        return (start, end);
    }
}
