namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with the reports and the quality dashboard; each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum ReportOperation
{
    ResponseTimes,
    Satisfaction,
    OverdueOldParts,
    Dashboard,
}
