namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// One line of an audit trail: who (with role), what and when (R-TKT-12). <see cref="Detail"/> is its English, for
/// logs and machines; <see cref="Phrase"/> the same as a code and arguments that a reader's language renders (null on
/// entries written before phrases were kept).
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.HistoryEntry")]
public sealed record HistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] Role Role,
    [property: Id(3)] string Action,
    [property: Id(4)] string? Detail,
    [property: Id(5)] Phrase? Phrase = null)
{
    // A factory, not a second constructor: the journal reads entries back as JSON through the one constructor.
    public static HistoryEntry Of(DateTimeOffset at, string by, Role role, string action, Sentence what) =>
        new(at, by, role, action, what.English, what.Phrase);
}
