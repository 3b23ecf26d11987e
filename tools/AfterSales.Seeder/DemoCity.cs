namespace AfterSales.Seeder;

/// <summary>A city: its name as customers' and engineers' records hold it (R-TKT-5 compares them), and in Chinese.</summary>
public sealed record DemoCity(string Name, string Chinese);
