using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Sites;

[GenerateSerializer, Immutable, Alias("AfterSales.ProblemReport")]
public sealed record ProblemReport([property: Id(0), LongText] string Description);
