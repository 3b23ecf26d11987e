using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Seeder;

/// <summary>The staff of the demo year: one per role the code of conduct needs, and the actors derived from ids.</summary>
public static class DemoPeople
{
    public static readonly Actor Assistant = new("assistant-li-na", Role.ServiceAssistant);
    public static readonly Actor Manager = new("manager-wang-qiang", Role.ServiceManager);
    public static readonly Actor TechDept = new("tech-zhao-lei", Role.TechnicalDepartment);
    public static readonly Actor Marketing = new("marketing-sun-li", Role.Marketing);
    public static readonly Actor Sales = new("sales-zhou-jie", Role.SalesDepartment);
    public static readonly Actor Leader = new("leader-chen-gang", Role.CompanyLeader);

    /// <summary>Who records quality visits (R-ENG-4): sales, marketing and company leaders.</summary>
    public static readonly Actor[] QualityVisitors = [Sales, Marketing, Leader];

    public static Actor Engineer(string id) => new(id, Role.ServiceEngineer);

    public static Actor Customer(string id) => new($"user-of-{id}", Role.Customer, CustomerId: id);

    public static Actor Station(string id) => new($"desk-of-{id}", Role.ServiceStation, StationId: id);
}
