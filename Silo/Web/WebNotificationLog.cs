using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Notifications;

namespace AfterSales.Silo.Web;

/// <summary>The web app's view of the notifier's deliveries, as the API shows them.</summary>
public sealed class WebNotificationLog(NotificationStore store) : INotificationLog
{
    public async Task<IReadOnlyList<NotificationRecord>> OfTicket(Actor by, string ticketId) =>
        NotificationRecords.Visible(await store.OfTicket(ticketId), by);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<NotificationRecord>>> OfAlerts(IReadOnlyList<SlaAlert> alerts)
    {
        var deliveries = await store.OfEvents([.. alerts.Select(a => NotificationEvent.BreachIdOf(a.Id))]);
        return alerts.ToDictionary(
            a => a.Id,
            a => (IReadOnlyList<NotificationRecord>)[.. deliveries.Where(d => d.EventId == NotificationEvent.BreachIdOf(a.Id)).Select(NotificationRecords.Of)]);
    }
}
