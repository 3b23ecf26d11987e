namespace AfterSales.GrainInterfaces.CodeOfConduct;

[GenerateSerializer, Immutable, Alias("AfterSales.DecideChange")]
public sealed record DecideChange(
    [property: Id(0)] string ChangeId,
    [property: Id(1)] ChangeDecision Decision);
