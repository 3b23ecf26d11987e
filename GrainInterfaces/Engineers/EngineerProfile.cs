using System.ComponentModel.DataAnnotations;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Engineers;

[GenerateSerializer, Immutable, Alias("AfterSales.EngineerProfile")]
public sealed record EngineerProfile(
    [property: Id(0), ShortText] string Name,
    [property: Id(1), Range(0, 70)] int YearsOfExperience,
    [property: Id(2)] bool TrainingPassed,
    [property: Id(3), Items] IReadOnlyList<ProductLine> CertifiedProductLines,
    [property: Id(4), Items] IReadOnlyList<string> Tools,
    [property: Id(5), ShortText] string HomeCity);
