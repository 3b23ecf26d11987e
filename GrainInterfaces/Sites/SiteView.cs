using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A site as docs/api.md answers it: its installations, trainings and audit trail.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SiteView")]
public sealed record SiteView(
    [property: Id(0)] string Id,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string Address,
    [property: Id(3)] string Region,
    [property: Id(4)] IReadOnlyList<Installation> Installations,
    [property: Id(5)] IReadOnlyList<TrainingRecord> Trainings,
    [property: Id(6)] IReadOnlyList<HistoryEntry> History,
    [property: Id(7)] int Version);
