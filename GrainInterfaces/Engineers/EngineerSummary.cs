using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Engineers;

/// <summary>An engineer as the engineer list shows it (docs/api.md "Lists"); the qualification itself is on the engineer (R-ENG-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.EngineerSummary")]
public sealed record EngineerSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string HomeCity,
    [property: Id(3)] IReadOnlyList<ProductLine> CertifiedProductLines,
    [property: Id(4)] int YearsOfExperience,
    [property: Id(5)] bool TrainingPassed,
    [property: Id(6)] bool Suspended);
