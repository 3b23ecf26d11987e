using AfterSales.Dashboard.Localization;

namespace AfterSales.Seeder;

/// <summary>A province (the customer's region, R-STN-1), named in Chinese by the region table, and some of its cities.</summary>
public sealed record DemoProvince(string Region, IReadOnlyList<DemoCity> Cities)
{
    public string Chinese => Places.Region(Region, chinese: true);
}
