namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with the subscriptions to events (see <see cref="AccessPolicy"/>).</summary>
public enum NotificationOperation
{
    Subscribe,
    ListSubscriptions,
    ListDeliveries,
}
