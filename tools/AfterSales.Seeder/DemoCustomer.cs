using AfterSales.GrainInterfaces.Customers;

namespace AfterSales.Seeder;

/// <summary>A demo customer with its machines; <see cref="Weight"/> is how often it calls for service.</summary>
public sealed record DemoCustomer(string Id, CustomerProfile Profile, IReadOnlyList<Machine> Machines, float Weight);
