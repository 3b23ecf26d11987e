using AfterSales.GrainInterfaces.Customers;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Customers;

[GenerateSerializer, Alias("AfterSales.CustomerState")]
public sealed class CustomerState : IHasOutbox
{
    [Id(0)] public CustomerProfile? Profile { get; set; }

    [Id(1)] public List<Machine> Machines { get; set; } = [];

    [Id(2)] public long OutboxVersion { get; set; }

    // Not part of the state: what the write in progress tells the read models (set by the pipeline).
    [NonSerialized]
    private IReadOnlyList<OutboxMessage> _outbox = [];

    IReadOnlyList<OutboxMessage> IHasOutbox.Outbox { get => _outbox; set => _outbox = value; }
}
