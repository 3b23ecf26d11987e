namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>The customer's answer to a site report (R-TKT-9).</summary>
public enum SignatureState
{
    Unsigned,
    Signed,
    Disputed,
}
