namespace AfterSales.Silo.Notifications;

/// <summary>A delivery an event asks for: pending, or skipped with why (a customer without an address, say).</summary>
public sealed record NewDelivery(string Channel, string Recipient, string? SubscriptionId = null, string? Language = null, string? Skipped = null);
