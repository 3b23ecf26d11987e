using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Engineers;

/// <summary>An evaluation of an engineer (R-ENG-3) or the record of a quality visit (R-ENG-4).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Evaluation")]
public sealed record Evaluation(
    [property: Id(0)] EvaluationSource Source,
    [property: Id(1)] int Score,
    [property: Id(2)] string? Comment,
    [property: Id(3)] string By,
    [property: Id(4)] Role ByRole,
    [property: Id(5)] DateTimeOffset At);
