namespace AfterSales.GrainInterfaces.Access;

/// <summary>What a caller may do with the cluster itself (see <see cref="AccessPolicy"/>).</summary>
public enum ClusterOperation
{
    /// <summary>The Orleans dashboard at <c>/orleans</c>.</summary>
    Dashboard,
}
