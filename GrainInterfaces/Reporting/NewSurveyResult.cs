namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>A sales or marketing survey result (R-SAT-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NewSurveyResult")]
public sealed record NewSurveyResult(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] int Score,
    [property: Id(2)] string? Comment = null,
    [property: Id(3)] DateTimeOffset? At = null,
    [property: Id(4)] string? EngineerId = null);
