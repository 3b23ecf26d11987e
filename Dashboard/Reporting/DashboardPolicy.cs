namespace AfterSales.Dashboard.Reporting;

/// <summary>The authorization policy of the reporting dashboard: the roles the access policy gives <c>ReportOperation.Dashboard</c>.</summary>
public static class DashboardPolicy
{
    public const string Name = "Dashboard";
}
