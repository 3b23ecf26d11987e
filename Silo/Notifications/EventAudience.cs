using System.Data.Common;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Notifications;

/// <summary>The notifier's audience for the projector: the mails it sends by type, and the subscriptions as they are now.</summary>
public sealed class EventAudience(DeliveryPlan plan) : IEventAudience
{
    public async Task<Func<string, bool>> Hearing(DbConnection connection, DbTransaction transaction)
    {
        var subscriptions = await NotificationStore.Subscriptions(connection, transaction);
        return type => plan.AnyoneHears(type, subscriptions);
    }
}
