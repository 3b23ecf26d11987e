using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Common;

/// <summary>
/// A grain state with an audit trail that only grows (R-TKT-12). The storage appends the entries not written yet to
/// a journal table and writes the rest of the state without them, so a write is bounded by the command, not by the
/// age of the record.
/// </summary>
public interface IHasJournal
{
    /// <summary>Every entry, oldest first.</summary>
    List<HistoryEntry> History { get; set; }

    /// <summary>How many of <see cref="History"/> the journal table holds (part of the persisted state).</summary>
    int JournalWritten { get; set; }

    /// <summary>A shallow copy of the state without its history: what the storage writes as the state itself.</summary>
    IHasJournal WithoutHistory();
}
