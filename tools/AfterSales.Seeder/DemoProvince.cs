namespace AfterSales.Seeder;

/// <summary>A province (the customer's region, R-STN-1) and some of its cities.</summary>
public sealed record DemoProvince(string Region, string Chinese, IReadOnlyList<DemoCity> Cities);
