using System.ComponentModel.DataAnnotations;
using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Api.Requests;

public sealed record NewEngineer(
    [property: Identifier] string Id,
    [property: ShortText] string Name,
    [property: Range(0, 70)] int YearsOfExperience,
    bool TrainingPassed,
    [property: Items] IReadOnlyList<ProductLine> CertifiedProductLines,
    [property: Items] IReadOnlyList<string> Tools,
    [property: ShortText] string HomeCity);
