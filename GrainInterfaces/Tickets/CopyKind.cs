namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A service report is made in duplicate (R-TKT-8).</summary>
public enum CopyKind
{
    Original,
    CustomerCopy,
}
