using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Api.Requests;

public sealed record NewEngineer(
    string Id,
    string Name,
    int YearsOfExperience,
    bool TrainingPassed,
    IReadOnlyList<ProductLine> CertifiedProductLines,
    IReadOnlyList<string> Tools,
    string HomeCity);
