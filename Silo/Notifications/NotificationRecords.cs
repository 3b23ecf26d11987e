using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Notifications;

namespace AfterSales.Silo.Notifications;

/// <summary>Deliveries as a ticket's <c>notifications[]</c>: the staff see all; a customer or a station only the mails to the customer.</summary>
public static class NotificationRecords
{
    public static IReadOnlyList<NotificationRecord> Visible(IEnumerable<StoredDelivery> deliveries, Actor by) =>
    [
        .. deliveries
            .Where(d => !AccessPolicy.NotStaff.Contains(by.Role) || (d.Channel == DeliveryPlan.Email && DeliveryPlan.ToCustomer.Contains(d.Event)))
            .Select(Of),
    ];

    public static NotificationRecord Of(StoredDelivery d) => new(d.Channel, d.Recipient, d.Event, d.CreatedAt, d.Status, d.Attempts, d.LastError, d.SentAt);
}
