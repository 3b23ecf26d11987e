using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.Grains.Common;

namespace AfterSales.Grains.Sites;

[GenerateSerializer, Alias("AfterSales.SiteState")]
public sealed class SiteState : IHasJournal
{
    [Id(0)] public SiteProfile? Profile { get; set; }

    [Id(1)] public List<Installation> Installations { get; set; } = [];

    [Id(2)] public List<TrainingRecord> Trainings { get; set; } = [];

    [Id(3)] public List<HistoryEntry> History { get; set; } = [];

    [Id(4)] public int Version { get; set; }

    [Id(6)] public int JournalWritten { get; set; }

    [Id(7)] public long OutboxVersion { get; set; }

    public IHasJournal WithoutHistory()
    {
        var copy = (SiteState)MemberwiseClone();
        copy.History = [];
        return copy;
    }
}
