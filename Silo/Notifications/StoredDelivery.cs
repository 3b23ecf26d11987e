namespace AfterSales.Silo.Notifications;

/// <summary>One message to send for one event: by <see cref="Channel"/> (<c>email</c>, <c>webhook</c>, <c>wecom</c>) to <see cref="Recipient"/>.</summary>
public sealed record StoredDelivery(
    long Id, string EventId, string Event, string? TicketId, string Channel, string Recipient, string? SubscriptionId, string? Language,
    string Status, int Attempts, int? LastCode, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt);
