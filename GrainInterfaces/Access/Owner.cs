namespace AfterSales.GrainInterfaces.Access;

/// <summary>Whom an object belongs to, as far as the access policy asks: its customer, its station, its engineer.</summary>
public readonly record struct Owner(string? CustomerId = null, string? StationId = null, string? EngineerId = null)
{
    public static readonly Owner Nobody = new();
}
