using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Silo.ReadModels;

namespace AfterSales.Silo.Api;

public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");

        // Response times per week or month against their targets (R-TKT-3, R-TKT-5); default: the last 12 weeks.
        reports.MapGet("/response-times", async (
            DateOnly? from, DateOnly? to, QueryChoice<Bucket>? bucket, string? region, string? stationId, string? engineerId, QueryChoice<ProductLine>? productLine,
            HttpContext http, ReportQueries queries) =>
        {
            var filter = ReadFilter(http, ReportOperation.ResponseTimes, region, stationId, engineerId, productLine?.Value);
            var (start, end) = Range(queries, from, to, TimeSpan.FromDays(7 * 12));
            return TypedResults.Ok(await queries.ResponseTimes(start, end, bucket?.Value ?? Bucket.Week, filter));
        }).Runs(ReportOperation.ResponseTimes, "responseTimes", "Response times against their targets",
            "Per week or month (R-TKT-3, R-TKT-5); default the last 12 weeks. A station sees its own figures only.");

        // Satisfaction per month against the target (R-SAT-1/2); groupBy=engineer|station ranks them over the range.
        reports.MapGet("/satisfaction", async (
            DateOnly? from, DateOnly? to, string? region, string? stationId, string? engineerId, QueryChoice<ProductLine>? productLine,
            QueryChoice<Bucket>? bucket, QueryChoice<SatisfactionGrouping>? groupBy, HttpContext http, ReportQueries queries) =>
        {
            if (bucket?.Value is { } b && b != Bucket.Month)
            {
                throw new InvalidInputException("R-SAT-2", "bucket", "Satisfaction is reported per month (bucket=month).");
            }

            var filter = ReadFilter(http, ReportOperation.Satisfaction, region, stationId, engineerId, productLine?.Value);
            var (start, end) = Range(queries, from, to, TimeSpan.FromDays(365));
            return TypedResults.Ok(await queries.Satisfaction(start, end, filter, groupBy?.Value ?? SatisfactionGrouping.None));
        }).Runs(ReportOperation.Satisfaction, "satisfaction", "Satisfaction against the target",
            "Per month (R-SAT-1/2); groupBy=engineer|station ranks them over the range. A station sees its own figures only.");

        // R-WTY-3: old parts not back at the warehouse in time, most overdue first.
        reports.MapGet("/old-parts/overdue", async (ReadModel readModel, [FromKeyedServices(RulesClock.Key)] TimeProvider clock) =>
        {
            var overdue = await readModel.OverdueOldParts(clock.GetUtcNow());
            return TypedResults.Ok(overdue.OrderByDescending(p => p.DaysOverdue).ThenBy(p => p.TicketId).ToList());
        }).Runs(ReportOperation.OverdueOldParts, "overdueOldParts", "Old parts overdue at the warehouse (R-WTY-3)", "Most overdue first.");
    }

    /// <summary>Staff see every report; a service station (whose grant reaches its own) sees its own figures only.</summary>
    private static ReportFilter ReadFilter(HttpContext http, ReportOperation report, string? region, string? stationId, string? engineerId, ProductLine? productLine)
    {
        var (actor, reach) = http.Reach(report);
        return new ReportFilter(region, reach == Reach.Own ? actor.StationId : stationId, engineerId, productLine);
    }

    private static (DateOnly From, DateOnly To) Range(ReportQueries queries, DateOnly? from, DateOnly? to, TimeSpan span)
    {
        // API.md: dates between 1990-01-01 and ten years from today.
        var latest = Limits.Latest(queries.Now);
        foreach (var (name, date) in new[] { ("from", from), ("to", to) })
        {
            if (date is { } d && (d < Limits.Earliest || d > latest))
            {
                throw new InvalidInputException("API-RANGE", name, $"{name} must be between {Limits.Earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
            }
        }

        var end = to ?? queries.Today;
        var start = from ?? end.AddDays(-(int)span.TotalDays);
        if (start > end || end.DayNumber - start.DayNumber > 3 * 366)
        {
            throw new InvalidInputException("API-RANGE", "from", "from must be before to, at most three years apart.");
        }

        return (start, end);
    }
}
