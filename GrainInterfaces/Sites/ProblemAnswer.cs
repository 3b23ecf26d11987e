namespace AfterSales.GrainInterfaces.Sites;

[GenerateSerializer, Immutable, Alias("AfterSales.ProblemAnswer")]
public sealed record ProblemAnswer([property: Id(0)] string Answer);
