namespace AfterSales.Silo.Notifications;

/// <summary>Where a delivery stands.</summary>
public static class DeliveryStatus
{
    public const string Pending = "Pending";
    public const string Sent = "Sent";
    public const string Failed = "Failed";
    public const string Skipped = "Skipped";
}
