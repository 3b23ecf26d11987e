namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with a service station (R-STN); each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum StationOperation
{
    Register,
    Get,
    List,
}
