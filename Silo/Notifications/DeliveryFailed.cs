namespace AfterSales.Silo.Notifications;

/// <summary>A receiver's refusal: its status code, tried again later.</summary>
public sealed class DeliveryFailed(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
