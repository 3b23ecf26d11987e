using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Stations;

namespace AfterSales.Dashboard.App;

/// <summary>The master-data lists a caller may read (the directory read model, narrowed by the access policy as the API's lists are).</summary>
public interface IDirectory
{
    /// <summary>Customers whose name or id holds the text (all for none), by id, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CustomerSummary>> Customers(Actor by, string? text, int limit);

    /// <summary>The machines whose serial holds the text (any case), each with its customer, of the customers the caller may list.</summary>
    Task<IReadOnlyList<(CustomerSummary Customer, Machine Machine)>> Machines(Actor by, string serial, int limit);

    Task<IReadOnlyList<EngineerSummary>> Engineers(Actor by, string? text, int limit);

    Task<IReadOnlyList<StationView>> Stations(Actor by, string? text, int limit);

    /// <summary>Installation sites whose address or id holds the text; <paramref name="open"/>: those with problems awaiting an answer (R-INS-2).</summary>
    Task<IReadOnlyList<SiteSummary>> Sites(Actor by, string? text, bool open, int limit);

    /// <summary>The installation sites of a customer, by id, at most <paramref name="limit"/>; none when the caller may not list sites.</summary>
    Task<IReadOnlyList<SiteSummary>> SitesOf(Actor by, string customerId, int limit);

    /// <summary>The names of those ids that have one, to show beside the ids a page already shows its caller.</summary>
    Task<IReadOnlyDictionary<string, string>> Names(Reporting.NameKind kind, IEnumerable<string?> ids);
}
