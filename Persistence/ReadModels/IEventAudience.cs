using System.Data.Common;

namespace AfterSales.Persistence.ReadModels;

/// <summary>
/// Who hears the notifier's events: the projector keeps an event from the outbox only where someone would be told of
/// it (mail on with a recipient for its type, or a webhook subscription), so that the notifier never plans, and the
/// database never keeps, what goes to no one. Without an audience registered every event is kept.
/// </summary>
public interface IEventAudience
{
    /// <summary>Whether an event type is heard now, read on the projector's connection within its batch.</summary>
    Task<Func<string, bool>> Hearing(DbConnection connection, DbTransaction transaction);
}
