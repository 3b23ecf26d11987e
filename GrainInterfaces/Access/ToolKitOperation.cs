namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with a product line's tool kit (R-ENG-2); each name is the grain's method or the query's (see <see cref="AccessPolicy"/>).</summary>
public enum ToolKitOperation
{
    Get,
    Set,
}
