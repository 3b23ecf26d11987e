using AfterSales.GrainInterfaces.Notifications;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// What a write tells subscribers (docs/api.md "Notifications and webhooks"): an event for each command of this write that is
/// one, and one for each deadline it breached, in the outbox with the state, so an acknowledged command's event is never
/// lost; each is named once by the ticket's version, so it is heard once.
/// </summary>
public sealed partial class TicketGrain
{
    private IEnumerable<OutboxMessage> Events()
    {
        foreach (var entry in S.History.Skip(S.JournalWritten))
        {
            if (EventOf(entry.Action) is { } type)
            {
                var text = type == EventTypes.ReplySent ? S.Replies.LastOrDefault()?.Message
                    : type == EventTypes.ReportDisputed ? S.Report?.DisputeReason
                    : null;
                var timeToSite = S.Sla.LastOrDefault(d => d.Kind == SlaKind.TimeToSite);
                yield return Event(new NotificationEvent(
                    $"{Id}:v{S.Version}:{type}", type, Id, entry.At, S.Status.ToString(), S.CustomerId, S.EngineerId, S.StationId, text,
                    type == EventTypes.Dispatched ? timeToSite?.DueAt : null, type == EventTypes.Dispatched ? nameof(SlaKind.TimeToSite) : null, S.Version));
            }

            foreach (var alert in S.Alerts.Where(a => a.RaisedAt == entry.At))
            {
                yield return Event(new NotificationEvent(
                    NotificationEvent.BreachIdOf(alert.Id), EventTypes.Breached, Id, alert.RaisedAt, S.Status.ToString(), S.CustomerId, S.EngineerId, S.StationId,
                    null, alert.DueAt, alert.Kind.ToString(), S.Version));
            }
        }
    }

    private string? EventOf(string operation) => operation switch
    {
        nameof(Open) => EventTypes.Received,
        nameof(Classify) => EventTypes.Classified,
        nameof(Assign) => EventTypes.Assigned,
        nameof(Dispatch) => EventTypes.Dispatched,
        nameof(RecordArrival) => EventTypes.Arrived,
        nameof(SubmitReport) => EventTypes.ReportSubmitted,
        nameof(SignReport) => S.Report?.Signature == SignatureState.Disputed ? EventTypes.ReportDisputed : EventTypes.ReportSigned,
        nameof(ReviewReport) when S.Report?.Review == ReviewState.Approved => EventTypes.Approved,
        nameof(FileReport) => EventTypes.Filed,
        nameof(ReplyToCustomer) => EventTypes.ReplySent,
        nameof(Confirm) => S.Status == TicketStatus.Closed ? EventTypes.Closed : EventTypes.Reopened,
        _ => null,
    };

    private static OutboxMessage Event(NotificationEvent e) => OutboxJson.Message(OutboxKinds.Event, e.Id, 0, e);
}
