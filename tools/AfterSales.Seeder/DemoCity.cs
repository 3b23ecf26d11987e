using AfterSales.Dashboard.Localization;

namespace AfterSales.Seeder;

/// <summary>A city: its key as customers' and engineers' records hold it (R-TKT-5 compares them), named in Chinese by the region table.</summary>
public sealed record DemoCity(string Name)
{
    public string Chinese => Places.City(Name, chinese: true);
}
