using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Silo.Api;

public static class AlertEndpoints
{
    private static readonly Role[] Readers = [Role.ServiceManager, Role.ServiceAssistant];

    public static void MapAlerts(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts");

        // SLA breaches for the service manager, newest first (R-TKT-3, R-TKT-5).
        alerts.MapGet("/", async (bool? open, HttpContext http, IGrainFactory grains) =>
        {
            var actor = http.Actor();
            if (!Readers.Contains(actor.Role))
            {
                throw new ForbiddenException("R-TKT-5", "Alerts are for the service manager and the service assistants.");
            }

            var alerts = await TicketDirectory.AskAll<IAlertInboxGrain, SlaAlert>(grains, inbox => inbox.List(open ?? false));
            return Results.Ok(alerts.OrderByDescending(a => a.RaisedAt).ToList());
        });

        alerts.MapPost("/{id}/acknowledgement", async (string id, HttpContext http, IGrainFactory grains) =>
        {
            var ticketId = id.Split(':')[0];
            return Results.Ok(await grains.GetGrain<IAlertInboxGrain>(TicketDirectory.PartitionOf(ticketId)).Acknowledge(http.Command(id)));
        });
    }
}
