namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A warranty-parts request: approved by the manager before the assistant applies (R-WTY-2).</summary>
public enum WarrantyPartsState
{
    PendingApproval,
    Approved,
    Rejected,
    AppliedFor,
}
