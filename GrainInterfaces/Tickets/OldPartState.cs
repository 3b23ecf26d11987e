namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>Where a replaced part is on its way back (R-WTY-3).</summary>
public enum OldPartState
{
    Expected,
    Returned,
    Dispositioned,
}
