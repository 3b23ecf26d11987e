using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Sites;

[GenerateSerializer, Immutable, Alias("AfterSales.ProblemAnswer")]
public sealed record ProblemAnswer([property: Id(0), LongText] string Answer);
