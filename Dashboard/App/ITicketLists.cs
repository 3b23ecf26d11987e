using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.App;

/// <summary>The tickets and alerts a caller may list (the read model, filtered by the access policy to the caller's own where its role reaches only that).</summary>
public interface ITicketLists
{
    Task<IReadOnlyList<TicketSummary>> Tickets(Actor by, TicketFilter filter, int limit);

    /// <summary>One page of the tickets of the filter the caller may list, in the order of a list of work; <paramref name="after"/>: the cursor of the page before.</summary>
    Task<ListPage<TicketSummary>> Page(Actor by, TicketFilter filter, TicketOrder order, int limit, string? after);

    /// <summary>The ticket of that id, if the caller may list it (a search by id).</summary>
    Task<TicketSummary?> Find(Actor by, string id);

    /// <summary>How many tickets of the filter the caller may list.</summary>
    Task<int> Count(Actor by, TicketFilter filter);

    /// <summary>Now, by the service's clock (the queue's "near breach").</summary>
    DateTimeOffset Now { get; }

    /// <summary>The SLA alerts, newest first, for a caller whose role may list them (refused otherwise).</summary>
    Task<IReadOnlyList<SlaAlert>> Alerts(Actor by, bool openOnly, int limit);

    /// <summary>One page of the SLA alerts, the longest overdue first, for a caller whose role may list them.</summary>
    Task<ListPage<SlaAlert>> MostOverdueAlerts(Actor by, bool openOnly, int limit, string? after);

    /// <summary>A machine's service history: every ticket of it, in the order received, for a caller who may read its customer.</summary>
    Task<IReadOnlyList<TicketView>> History(Actor by, string customerId, string serial);

    /// <summary>Old parts not back at the warehouse in time, most overdue first (R-WTY-3).</summary>
    Task<IReadOnlyList<OverdueOldPart>> OverdueOldParts(Actor by);
}
