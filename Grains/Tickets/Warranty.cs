using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Grains.Tickets;

/// <summary>R-WTY-1: warranty runs from the machine's commissioning date for a configurable number of months.</summary>
public static class Warranty
{
    public static WarrantyCheck Check(DateOnly? commissionedOn, DateOnly on, int months)
    {
        if (commissionedOn is not { } start)
        {
            return new WarrantyCheck(null, null, WarrantyStatus.Unknown);
        }

        var expires = start.AddMonths(months);
        var status = on < expires ? WarrantyStatus.InWarranty : WarrantyStatus.Expired;
        return new WarrantyCheck(start, expires, status);
    }
}
