using AfterSales.Dashboard.App;
using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Persistence.ReadModels;
using AfterSales.Silo.Api;

namespace AfterSales.Silo.Web;

/// <summary>The web app's machine pages: the grain for the machine, the read model for its lists, narrowed as the API's machine endpoints narrow them.</summary>
public sealed class WebMachines(ReadModel readModel, IGrainFactory grains, [FromKeyedServices(RulesClock.Key)] TimeProvider clock) : IMachines
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<ListPage<MachineSummary>> List(Actor by, string? text, ProductLine? line, bool maintenanceDue, string? after, int limit)
    {
        // The same narrowing as GET /api/machines: a customer sees its own machines, a station those of its area.
        var reach = AccessPolicy.RequireRole(by, MachineOperation.List);
        var filter = new MachineFilter(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), null, null, line, maintenanceDue ? true : null);
        filter = (reach, by.Role) switch
        {
            (Reach.Own, Role.Customer) => filter with { CustomerId = by.CustomerId },
            (Reach.Own, _) => filter with { StationId = by.StationId },
            _ => filter,
        };
        var page = await readModel.Machines(filter, limit, after);
        return new(page.Items, page.Next);
    }

    public Task<MachineView> Read(Actor by, string serial) => grains.Get<IMachineGrain>(serial).Read(by);

    public async Task<IReadOnlyList<TicketSummary>> Tickets(Actor by, string serial, int limit)
    {
        // A role that lists no tickets sees none; a customer or a station only its own of this machine.
        if (AccessPolicy.ReachOf(by, TicketOperation.List) is not { } reach)
        {
            return [];
        }

        var filter = TicketLists.For(by, reach, new TicketFilter());
        var ids = await readModel.TicketIds(filter, serial);
        var newest = ids.AsEnumerable().Reverse().Take(limit);
        var tickets = await Task.WhenAll(newest.Select(id => readModel.Ticket(filter, id)));
        return [.. tickets.OfType<TicketSummary>()];
    }

    public async Task<ListPage<ReadingLine>> Readings(Actor by, string serial, string? after, int limit)
    {
        // Read as the caller: a station's area is as covered today, as the machine answers it.
        var machine = await grains.Get<IMachineGrain>(serial).Read(by);
        AccessPolicy.Require(by, MachineOperation.ReadHours, new Owner(machine.CustomerId, machine.StationId));
        var page = await readModel.Readings(serial, limit, after);
        return new(page.Items, page.Next);
    }
}
