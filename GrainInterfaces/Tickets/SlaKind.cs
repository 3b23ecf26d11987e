namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>The service-level clocks of a ticket: first response (R-TKT-3) and time to site (R-TKT-5).</summary>
public enum SlaKind
{
    FirstResponse,
    TimeToSite,
}
