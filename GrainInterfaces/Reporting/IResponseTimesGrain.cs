namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>
/// The response-time facts of the tickets received in one period (key: <see cref="ReportPeriods.Key"/>). One grain
/// per week and one per month: no single grain takes every ticket.
/// </summary>
[Alias("AfterSales.IResponseTimesGrain")]
public interface IResponseTimesGrain : IGrainWithStringKey
{
    /// <summary>Keeps the newest facts per ticket; answers once they are durable.</summary>
    [Alias("Record")]
    Task Record(TicketFacts facts);

    [Alias("Summarize"), Orleans.Concurrency.ReadOnly]
    Task<ResponseTimeRow> Summarize(ReportFilter filter, double targetFirstResponseHours, double targetTimeToSiteHours);
}
