namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with the code of conduct (R-DOC); each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum CodeOfConductOperation
{
    Get,
    FileChange,
    Decide,
}
