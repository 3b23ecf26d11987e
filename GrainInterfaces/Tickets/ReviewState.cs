namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>The service manager's review of a report (R-TKT-10).</summary>
public enum ReviewState
{
    Pending,
    Approved,
    Returned,
}
