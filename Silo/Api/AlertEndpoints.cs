using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Api;

public static class AlertEndpoints
{
    public static void MapAlerts(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts");

        alerts.MapGet("/", async (bool? open, int? limit, string? cursor, HttpContext http, ReadModel readModel) =>
                http.Paged(await readModel.Alerts(open ?? false, ReadModel.Limit(limit), cursor)))
            .Runs(TicketOperation.ListAlerts, "listAlerts", "List SLA alerts", "Breaches for the service manager, newest first (R-TKT-3, R-TKT-5).");

        alerts.MapPost("/{id}/acknowledgement", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            // An alert's id begins with its ticket's: the ticket keeps its alerts (SlaAlert.IdOf).
            var ticketId = id.Split(':')[0];
            return TypedResults.Ok(await grains.Get<ITicketGrain>(ticketId).AcknowledgeAlert(http.Command(id)));
        }).Runs(TicketOperation.AcknowledgeAlert, "acknowledgeAlert", "Acknowledge an SLA alert (R-TKT-5)");
    }
}
