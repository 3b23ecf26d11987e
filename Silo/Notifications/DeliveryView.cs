namespace AfterSales.Silo.Notifications;

/// <summary>A delivery as <c>GET /api/webhooks/{id}/deliveries</c> lists it.</summary>
public sealed record DeliveryView(
    long Id, string EventId, string Event, string? TicketId, string Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? SentAt)
{
    public static DeliveryView Of(StoredDelivery d) => new(
        d.Id, d.EventId, d.Event, d.TicketId, d.Status, d.Attempts, d.LastCode, d.LastError, d.CreatedAt,
        d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : null, d.SentAt);
}
