using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Grains.Tickets;

/// <summary>
/// R-WTY-1, R-WTY-4: warranty runs from the machine's commissioning date for a configurable number of months, or until
/// the product line's configured operating hours, whichever comes first.
/// </summary>
public static class Warranty
{
    public static WarrantyCheck Check(DateOnly? commissionedOn, DateOnly on, int months, double? hoursLimit = null, MachineHours? hours = null)
    {
        if (commissionedOn is not { } start)
        {
            return new WarrantyCheck(null, null, WarrantyStatus.Unknown, hoursLimit, null, hours?.Value);
        }

        var expires = start.AddMonths(months);
        var byMonths = on >= expires;
        var byHours = hoursLimit is { } limit && hours is { } h && h.Value >= limit;
        if (!byMonths && !byHours)
        {
            return new WarrantyCheck(start, expires, WarrantyStatus.InWarranty, hoursLimit, null, hours?.Value);
        }

        // Both passed: the hours ended it when they were read past the limit before the months ran out.
        var endedBy = byHours && (!byMonths || DateOnly.FromDateTime(hours!.ReadAt.UtcDateTime) < expires) ? WarrantyEnd.Hours : WarrantyEnd.Months;
        return new WarrantyCheck(start, expires, WarrantyStatus.Expired, hoursLimit, endedBy, hours?.Value);
    }
}
