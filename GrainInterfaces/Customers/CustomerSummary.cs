using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Customers;

/// <summary>A customer as the customer list shows it (docs/api.md "Lists"): who, where, which machines.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CustomerSummary")]
public sealed record CustomerSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Region,
    [property: Id(3)] string? City,
    [property: Id(4)] IReadOnlyList<Machine> Machines);
