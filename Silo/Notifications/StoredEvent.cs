using AfterSales.GrainInterfaces.Notifications;

namespace AfterSales.Silo.Notifications;

/// <summary>An event as the outbox left it: its JSON exactly as a webhook receives it.</summary>
public sealed record StoredEvent(NotificationEvent Event, string Payload);
