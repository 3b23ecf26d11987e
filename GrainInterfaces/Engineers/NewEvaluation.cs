namespace AfterSales.GrainInterfaces.Engineers;

[GenerateSerializer, Immutable, Alias("AfterSales.NewEvaluation")]
public sealed record NewEvaluation(
    [property: Id(0)] EvaluationSource Source,
    [property: Id(1)] int Score,
    [property: Id(2)] string? Comment = null);
