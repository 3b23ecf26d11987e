namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with a customer and its machines; each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum CustomerOperation
{
    Register,
    Get,
    AddMachine,
    List,
}
