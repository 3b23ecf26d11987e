using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Engineers;

[GenerateSerializer, Immutable, Alias("AfterSales.EngineerView")]
public sealed record EngineerView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int YearsOfExperience,
    [property: Id(3)] bool TrainingPassed,
    [property: Id(4)] IReadOnlyList<ProductLine> CertifiedProductLines,
    [property: Id(5)] IReadOnlyList<string> Tools,
    [property: Id(6)] string HomeCity,
    [property: Id(7)] bool Qualified,
    [property: Id(8)] IReadOnlyList<string> UnqualifiedReasons,
    [property: Id(9)] bool Suspended,
    [property: Id(10)] IReadOnlyList<Evaluation> Evaluations,
    [property: Id(11)] double? AverageScore,
    [property: Id(12)] IReadOnlyList<Sanction> Sanctions,
    [property: Id(13)] IReadOnlyList<string> AssignedTicketIds,
    [property: Id(14)] IReadOnlyList<Phrase>? UnqualifiedPhrases = null)
{
    /// <summary>The reasons in English and as phrases (R-ENG-1).</summary>
    public Listed Reasons => new(UnqualifiedReasons, UnqualifiedPhrases);
}
