using System.ComponentModel.DataAnnotations;
using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>A sales or marketing survey result (R-SAT-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NewSurveyResult")]
public sealed record NewSurveyResult(
    [property: Id(0), Identifier] string CustomerId,
    [property: Id(1), Range(1, 5)] int Score,
    [property: Id(2), LongText] string? Comment = null,
    [property: Id(3), ApiDate] DateTimeOffset? At = null,
    [property: Id(4), Identifier] string? EngineerId = null);
