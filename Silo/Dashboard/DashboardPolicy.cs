namespace AfterSales.Silo.Dashboard;

/// <summary>Who reads the reporting dashboard: the roles of <c>ReportOperation.Dashboard</c> in the access policy.</summary>
public static class DashboardPolicy
{
    public const string Name = "Dashboard";
}
