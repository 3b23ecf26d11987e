namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with a survey result (R-SAT-1); each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum SurveyOperation
{
    Record,
}
