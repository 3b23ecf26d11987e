using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Dashboard;

/// <summary>Who reads the reporting dashboard: quality, leadership, service management, marketing, sales, operations.</summary>
public static class DashboardPolicy
{
    public const string Name = "Dashboard";

    public static readonly string[] Roles =
    [
        nameof(Role.QualityDepartment), nameof(Role.CompanyLeader), nameof(Role.ServiceManager),
        nameof(Role.Marketing), nameof(Role.SalesDepartment), nameof(Role.Operations),
    ];
}
