using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Engineers;

/// <summary>
/// Whether an engineer may be made responsible for, or dispatched to, work on a product line:
/// the reasons when not qualified (R-ENG-1; in English, and as phrases a reader's language renders), suspension (R-ENG-5), the tool kit (R-ENG-2) and home city.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Fitness")]
public sealed record Fitness(
    [property: Id(0)] string EngineerId,
    [property: Id(1)] ProductLine ProductLine,
    [property: Id(2)] IReadOnlyList<string> UnqualifiedReasons,
    [property: Id(3)] bool Suspended,
    [property: Id(4)] IReadOnlyList<string> Tools,
    [property: Id(5)] string HomeCity,
    [property: Id(6)] IReadOnlyList<Phrase>? UnqualifiedPhrases = null)
{
    public bool Qualified => UnqualifiedReasons.Count == 0;

    /// <summary>The reasons as a refusal says them, in English and as phrases.</summary>
    public Listed Reasons => new(UnqualifiedReasons, UnqualifiedPhrases);
}
