using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Maintenance;

/// <summary>The maintenance plan of one product line (R-PM-1). Key: the product line's name.</summary>
[Alias("AfterSales.IMaintenancePlanGrain")]
public interface IMaintenancePlanGrain : IGrainWithStringKey
{
    /// <summary>Replaces the plan (ServiceManager, TechnicalDepartment); the machines of the line plan again.</summary>
    [Alias("Put")]
    Task<MaintenancePlanView> Put(Command<MaintenancePlan> command);

    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<MaintenancePlanView> Get();
}
