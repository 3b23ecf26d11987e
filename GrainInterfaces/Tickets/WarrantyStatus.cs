namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>Warranty from the commissioning date (R-WTY-1).</summary>
public enum WarrantyStatus
{
    InWarranty,
    Expired,
    Unknown,
}
