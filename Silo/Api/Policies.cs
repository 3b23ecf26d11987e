namespace AfterSales.Silo.Api;

public static class Policies
{
    /// <summary>The Orleans dashboard: operations and service managers.</summary>
    public const string Operations = "Operations";
}
