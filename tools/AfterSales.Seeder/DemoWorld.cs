using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Seeder;

/// <summary>The master data of the demo year: stations, engineers, customers with machines, and the tool kits.</summary>
public sealed record DemoWorld(
    IReadOnlyList<DemoStation> Stations,
    IReadOnlyList<DemoEngineer> Engineers,
    IReadOnlyList<DemoCustomer> Customers,
    IReadOnlyDictionary<ProductLine, IReadOnlyList<string>> Kits)
{
    /// <summary>The customer whose existence shows the data directory was seeded before.</summary>
    public const string MarkerCustomerId = "C-demo-0001";

    public static string CustomerId(int n) => $"C-demo-{n:0000}";
}
