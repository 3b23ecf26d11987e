namespace AfterSales.GrainInterfaces.Common;

/// <summary>The roles of the code of conduct (DOMAIN.md, "People and roles").</summary>
public enum Role
{
    ServiceAssistant,
    PartsSalesman,
    ServiceManager,
    ServiceEngineer,
    TechnicalDepartment,
    QualityDepartment,
    SalesDepartment,
    Marketing,
    Purchasing,
    Warehouse,
    CompanyLeader,
    InstallationTeam,
    FieldDirector,
    ServiceStation,
    Customer,
    Operations,
}
