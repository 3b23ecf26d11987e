using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Silo.Api;

/// <summary>A list's filter for its caller: a customer or a station whose grant reaches its own sees only its own tickets; staff see what they filter.</summary>
public static class TicketLists
{
    public static TicketFilter For(Actor by, Reach reach, TicketFilter filter) => (reach, by.Role) switch
    {
        (Reach.Own, Role.Customer) => filter with { CustomerId = by.CustomerId, StationId = null },
        (Reach.Own, _) => filter with { StationId = by.StationId },
        _ => filter,
    };
}
