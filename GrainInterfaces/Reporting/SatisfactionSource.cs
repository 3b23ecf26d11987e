namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>The four sources of customer satisfaction (R-SAT-1).</summary>
public enum SatisfactionSource
{
    TicketConfirmation,
    ServiceReport,
    Survey,
    QualityVisit,
}
