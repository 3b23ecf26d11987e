namespace AfterSales.GrainInterfaces.Sites;

[GenerateSerializer, Immutable, Alias("AfterSales.ProblemReport")]
public sealed record ProblemReport([property: Id(0)] string Description);
