namespace AfterSales.Silo.Api;

public static class Policies
{
    /// <summary>The Orleans dashboard: the roles of <c>ClusterOperation.Dashboard</c> in the access policy.</summary>
    public const string Operations = "Operations";
}
