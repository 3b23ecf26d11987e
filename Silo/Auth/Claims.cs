namespace AfterSales.Silo.Auth;

/// <summary>The claims of docs/api.md "Authentication".</summary>
public static class Claims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string CustomerId = "customerId";
    public const string StationId = "stationId";
}
