using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Tests.Cluster;

/// <summary>The actors of the tests.</summary>
public static class People
{
    public static readonly Actor Assistant = new("assistant-li", Role.ServiceAssistant);
    public static readonly Actor Manager = new("manager-wang", Role.ServiceManager);
    public static readonly Actor TechDept = new("tech-zhao", Role.TechnicalDepartment);
    public static readonly Actor Leader = new("leader-chen", Role.CompanyLeader);
    public static readonly Actor Sales = new("sales-sun", Role.SalesDepartment);
    public static readonly Actor Quality = new("quality-zhou", Role.QualityDepartment);

    public static Actor Engineer(string id) => new(id, Role.ServiceEngineer);

    public static Actor Customer(string id) => new($"user-of-{id}", Role.Customer, CustomerId: id);
}
