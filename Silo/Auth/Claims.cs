namespace AfterSales.Silo.Auth;

/// <summary>The claims of API.md.</summary>
public static class Claims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string CustomerId = "customerId";
    public const string StationId = "stationId";
}
