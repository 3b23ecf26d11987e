using AfterSales.Dashboard.App;
using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Silo.Api;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Web;

/// <summary>The web app's ticket and alert lists: the API's read model and the same filter by the caller's reach.</summary>
public sealed class WebTicketLists(ReadModel readModel, IGrainFactory grains, [FromKeyedServices(RulesClock.Key)] TimeProvider clock) : ITicketLists
{
    public async Task<IReadOnlyList<TicketSummary>> Tickets(Actor by, TicketFilter filter, int limit)
    {
        var reach = AccessPolicy.RequireRole(by, TicketOperation.List);
        return (await readModel.Tickets(TicketLists.For(by, reach, filter), limit, null)).Items;
    }

    public async Task<ListPage<TicketSummary>> Page(Actor by, TicketFilter filter, TicketOrder order, int limit, string? after)
    {
        var page = await readModel.Tickets(TicketLists.For(by, AccessPolicy.RequireRole(by, TicketOperation.List), filter), order, limit, after);
        return new(page.Items, page.Next);
    }

    public Task<TicketSummary?> Find(Actor by, string id) =>
        readModel.Ticket(TicketLists.For(by, AccessPolicy.RequireRole(by, TicketOperation.List), new TicketFilter()), id);

    public Task<int> Count(Actor by, TicketFilter filter) => readModel.Count(TicketLists.For(by, AccessPolicy.RequireRole(by, TicketOperation.List), filter));

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IReadOnlyList<SlaAlert>> Alerts(Actor by, bool openOnly, int limit)
    {
        AccessPolicy.RequireRole(by, TicketOperation.ListAlerts);
        return (await readModel.Alerts(openOnly, limit, null)).Items;
    }

    public async Task<ListPage<SlaAlert>> MostOverdueAlerts(Actor by, bool openOnly, int limit, string? after)
    {
        AccessPolicy.RequireRole(by, TicketOperation.ListAlerts);
        var page = await readModel.AlertsMostOverdueFirst(openOnly, limit, after);
        return new(page.Items, page.Next);
    }

    public async Task<IReadOnlyList<TicketView>> History(Actor by, string customerId, string serial)
    {
        AccessPolicy.Require(by, CustomerOperation.Get, new Owner(customerId));
        var ids = await readModel.TicketIds(new TicketFilter(CustomerId: customerId), serial);
        return await Task.WhenAll(ids.Select(id => grains.Get<ITicketGrain>(id).Read(by)));
    }

    public async Task<IReadOnlyList<OverdueOldPart>> OverdueOldParts(Actor by)
    {
        AccessPolicy.RequireRole(by, ReportOperation.OverdueOldParts);
        return [.. (await readModel.OverdueOldParts(clock.GetUtcNow())).OrderByDescending(p => p.DaysOverdue).ThenBy(p => p.TicketId)];
    }
}
