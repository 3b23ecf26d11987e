using System.ComponentModel.DataAnnotations;
using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Engineers;

[GenerateSerializer, Immutable, Alias("AfterSales.NewEvaluation")]
public sealed record NewEvaluation(
    [property: Id(0)] EvaluationSource Source,
    [property: Id(1), Range(1, 5)] int Score,
    [property: Id(2), LongText] string? Comment = null);
