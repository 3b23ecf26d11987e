using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Engineers;

[GenerateSerializer, Immutable, Alias("AfterSales.EngineerProfile")]
public sealed record EngineerProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] int YearsOfExperience,
    [property: Id(2)] bool TrainingPassed,
    [property: Id(3)] IReadOnlyList<ProductLine> CertifiedProductLines,
    [property: Id(4)] IReadOnlyList<string> Tools,
    [property: Id(5)] string HomeCity);
