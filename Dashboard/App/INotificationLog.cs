using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Notifications;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.App;

/// <summary>What was sent about tickets (docs/api.md "Notifications and webhooks"), as the web app shows it.</summary>
public interface INotificationLog
{
    /// <summary>What was sent about a ticket the caller may read; a customer or a station sees only the mails to the customer.</summary>
    Task<IReadOnlyList<NotificationRecord>> OfTicket(Actor by, string ticketId);

    /// <summary>Who was told of each alert's breach, by the alert's id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<NotificationRecord>>> OfAlerts(IReadOnlyList<SlaAlert> alerts);
}
