using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.App;

/// <summary>The tickets a caller may list (the read model, filtered by the access policy to the caller's own where its role reaches only that).</summary>
public interface ITicketLists
{
    Task<IReadOnlyList<TicketSummary>> Tickets(Actor by, TicketFilter filter, int limit);
}
