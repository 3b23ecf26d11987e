using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Stations;

namespace AfterSales.Dashboard.App;

/// <summary>The master-data lists a caller may read (the directory read model, narrowed by the access policy as the API's lists are).</summary>
public interface IDirectory
{
    /// <summary>Customers whose name or id holds the text (all for none), by id, a page of at most <paramref name="limit"/> after the cursor.</summary>
    Task<Reporting.ListPage<CustomerSummary>> Customers(Actor by, string? text, string? after, int limit);

    async Task<IReadOnlyList<CustomerSummary>> Customers(Actor by, string? text, int limit) => (await Customers(by, text, null, limit)).Items;

    /// <summary>The machines whose serial holds the text (any case), each with its customer, of the customers the caller may list.</summary>
    Task<IReadOnlyList<(CustomerSummary Customer, Machine Machine)>> Machines(Actor by, string serial, int limit);

    /// <summary>Engineers whose name or id holds the text, by id, a page after the cursor.</summary>
    Task<Reporting.ListPage<EngineerSummary>> Engineers(Actor by, string? text, string? after, int limit);

    async Task<IReadOnlyList<EngineerSummary>> Engineers(Actor by, string? text, int limit) => (await Engineers(by, text, null, limit)).Items;

    /// <summary>Stations whose name or id holds the text, by id, a page after the cursor.</summary>
    Task<Reporting.ListPage<StationView>> Stations(Actor by, string? text, string? after, int limit);

    /// <summary>Installation sites whose address or id holds the text, by id, a page after the cursor; <paramref name="open"/>: those with problems awaiting an answer (R-INS-2).</summary>
    Task<Reporting.ListPage<SiteSummary>> Sites(Actor by, string? text, bool open, string? after, int limit);

    /// <summary>The installation sites of a customer, by id, at most <paramref name="limit"/>; none when the caller may not list sites.</summary>
    Task<IReadOnlyList<SiteSummary>> SitesOf(Actor by, string customerId, int limit);

    /// <summary>The engineer's phone, from the engineer's own account (an engineer's user is that engineer); null when it has none.</summary>
    Task<string?> EngineerPhone(string engineerId);

    /// <summary>The names of those ids that have one, to show beside the ids a page already shows its caller.</summary>
    Task<IReadOnlyDictionary<string, string>> Names(Reporting.NameKind kind, IEnumerable<string?> ids);
}
