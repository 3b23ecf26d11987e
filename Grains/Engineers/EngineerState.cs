using AfterSales.GrainInterfaces.Engineers;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Engineers;

[GenerateSerializer, Alias("AfterSales.EngineerState")]
public sealed class EngineerState
{
    [Id(0)] public EngineerProfile? Profile { get; set; }

    [Id(1)] public List<Evaluation> Evaluations { get; set; } = [];

    [Id(2)] public List<Sanction> Sanctions { get; set; } = [];

    [Id(4)] public long OutboxVersion { get; set; }
}
