using System.Data.Common;
using AfterSales.GrainInterfaces.Notifications;

namespace AfterSales.Persistence.Storage;

/// <summary>
/// The events for the notifier (<c>AfterSalesEvent</c>), each kept once by its id: those the projector takes from the
/// grains' outbox and those the notifier raises itself.
/// </summary>
public static class EventTable
{
    public static readonly IReadOnlyList<string> Columns = ["Id", "Type", "TicketId", "Version", "Payload", "CreatedOn", "Expanded"];

    /// <summary>Keeps the events not kept yet; answers how many were new.</summary>
    public static Task<int> Keep(DbConnection c, DbTransaction t, IReadOnlyList<(NotificationEvent Event, string Payload)> events, DateTimeOffset now)
    {
        var (values, parameters) = SqlDatabase.Rows(Columns,
        [
            .. events.Select(e => new object?[]
            {
                e.Event.Id, e.Event.Type, e.Event.TicketId is "" ? null : e.Event.TicketId, e.Event.Version, e.Payload, now.ToUnixTimeMilliseconds(), 0,
            }),
        ]);
        return SqlDatabase.Execute(c, t,
            $"INSERT INTO AfterSalesEvent ({string.Join(", ", Columns)}) VALUES {values} ON CONFLICT (Id) DO NOTHING", parameters);
    }
}
