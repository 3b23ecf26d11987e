using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.ReadModels;

namespace AfterSales.Silo.Api;

public static class AlertEndpoints
{
    private static readonly Role[] Readers = [Role.ServiceManager, Role.ServiceAssistant];

    public static void MapAlerts(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts");

        // SLA breaches for the service manager, newest first (R-TKT-3, R-TKT-5).
        alerts.MapGet("/", async (bool? open, int? limit, string? cursor, HttpContext http, ReadModel readModel) =>
        {
            var actor = http.Actor();
            if (!Readers.Contains(actor.Role))
            {
                throw new ForbiddenException("R-TKT-5", "Alerts are for the service manager and the service assistants.");
            }

            return http.Paged(await readModel.Alerts(open ?? false, ReadModel.Limit(limit), cursor));
        });

        alerts.MapPost("/{id}/acknowledgement", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            // An alert's id begins with its ticket's: the ticket keeps its alerts (SlaAlert.IdOf).
            var ticketId = id.Split(':')[0];
            return Results.Ok(await grains.GetGrain<ITicketGrain>(ticketId).AcknowledgeAlert(http.Command(id)));
        });
    }
}
