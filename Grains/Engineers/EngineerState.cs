using AfterSales.GrainInterfaces.Engineers;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Engineers;

[GenerateSerializer, Alias("AfterSales.EngineerState")]
public sealed class EngineerState : IHasOutbox
{
    [Id(0)] public EngineerProfile? Profile { get; set; }

    [Id(1)] public List<Evaluation> Evaluations { get; set; } = [];

    [Id(2)] public List<Sanction> Sanctions { get; set; } = [];

    [Id(4)] public long OutboxVersion { get; set; }

    // Not part of the state: what the write in progress tells the read models (set by the pipeline).
    [NonSerialized]
    private IReadOnlyList<OutboxMessage> _outbox = [];

    IReadOnlyList<OutboxMessage> IHasOutbox.Outbox { get => _outbox; set => _outbox = value; }
}
