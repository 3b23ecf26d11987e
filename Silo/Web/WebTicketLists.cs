using AfterSales.Dashboard.App;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.Api;
using AfterSales.Silo.ReadModels;

namespace AfterSales.Silo.Web;

/// <summary>The web app's ticket lists: the API's read model and the same filter by the caller's reach.</summary>
public sealed class WebTicketLists(ReadModel readModel) : ITicketLists
{
    public async Task<IReadOnlyList<TicketSummary>> Tickets(Actor by, TicketFilter filter, int limit)
    {
        var reach = AccessPolicy.RequireRole(by, TicketOperation.List);
        return (await readModel.Tickets(TicketLists.For(by, reach, filter), limit, null)).Items;
    }
}
