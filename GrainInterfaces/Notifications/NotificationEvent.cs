namespace AfterSales.GrainInterfaces.Notifications;

/// <summary>
/// What happened to a ticket, as subscribers hear it (docs/api.md "Notifications and webhooks"): the body of a webhook's
/// POST, and what the e-mails are written from. <see cref="Id"/> names it once: a subscriber hears it once;
/// <see cref="Version"/> is the ticket's version it happened at (a ticket's events in their order). An account's mail
/// (an invitation, a reset link) names its address in <see cref="To"/> and its link in <see cref="Link"/>; its
/// <see cref="TicketId"/> is <c>account:{userName}</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NotificationEvent")]
public sealed record NotificationEvent(
    [property: Id(0)] string Id,
    [property: Id(1)] string Type,
    [property: Id(2)] string TicketId,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Status,
    [property: Id(5)] string CustomerId,
    [property: Id(6)] string? EngineerId,
    [property: Id(7)] string? StationId,
    [property: Id(8)] string? Text = null,
    [property: Id(9)] DateTimeOffset? DueAt = null,
    [property: Id(10)] string? Deadline = null,
    [property: Id(11)] long Version = 0,
    [property: Id(12)] string? To = null,
    [property: Id(13)] string? Link = null)
{
    /// <summary>The event of an SLA alert's breach (<c>SlaAlert.Id</c>).</summary>
    public static string BreachIdOf(string alertId) => $"{alertId}:breached";
}
