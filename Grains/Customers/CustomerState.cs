using AfterSales.GrainInterfaces.Customers;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Customers;

[GenerateSerializer, Alias("AfterSales.CustomerState")]
public sealed class CustomerState
{
    [Id(0)] public CustomerProfile? Profile { get; set; }

    [Id(1)] public List<Machine> Machines { get; set; } = [];

    [Id(2)] public long OutboxVersion { get; set; }
}
