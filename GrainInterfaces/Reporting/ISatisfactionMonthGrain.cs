using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>The satisfaction responses of one month from all four sources (R-SAT-1). Key: <c>2026-04</c>.</summary>
[Alias("AfterSales.ISatisfactionMonthGrain")]
public interface ISatisfactionMonthGrain : IGrainWithStringKey
{
    /// <summary>Records responses not recorded yet (by id); answers once they are durable.</summary>
    [Alias("Record")]
    Task Record(IReadOnlyList<SatisfactionResponse> responses);

    /// <summary>A sales or marketing survey result (R-SAT-1); the idempotency key names the response.</summary>
    [Alias("RecordSurvey")]
    Task<SatisfactionResponse> RecordSurvey(Command<NewSurveyResult> command);

    [Alias("Summarize"), Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<SatisfactionRow>> Summarize(ReportFilter filter, SatisfactionGrouping grouping, double target);
}
