using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Silo.Api;

public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");

        // R-WTY-3: old parts not back at the warehouse in time, most overdue first.
        reports.MapGet("/old-parts/overdue", async (HttpContext http, IGrainFactory grains) =>
        {
            http.Actor().RequireStaff();
            var partitions = await Task.WhenAll(Enumerable.Range(0, TicketDirectory.Partitions)
                .Select(p => grains.GetGrain<ITicketDirectoryGrain>(p).FindOverdueOldParts()));
            return Results.Ok(partitions.SelectMany(p => p).OrderByDescending(p => p.DaysOverdue).ThenBy(p => p.TicketId).ToList());
        });
    }
}
