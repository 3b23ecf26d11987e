using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>One sales or marketing survey result (R-SAT-1). Key: the survey's id, <c>survey:{user}:{key}</c>.</summary>
[Alias("AfterSales.ISurveyGrain")]
public interface ISurveyGrain : IGrainWithStringKey
{
    [Alias("Record")]
    Task<SatisfactionResponse> Record(Command<NewSurveyResult> command);

    /// <summary>After a migration: a survey result an earlier version kept elsewhere (once).</summary>
    [Alias("Import")]
    Task Import(SatisfactionResponse response);
}
