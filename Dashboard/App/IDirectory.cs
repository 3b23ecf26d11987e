using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Stations;

namespace AfterSales.Dashboard.App;

/// <summary>The master-data lists a caller may read (the directory read model, narrowed by the access policy as the API's lists are).</summary>
public interface IDirectory
{
    /// <summary>Customers whose name or id holds the text (all for none), by id, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CustomerSummary>> Customers(Actor by, string? text, int limit);

    Task<IReadOnlyList<EngineerSummary>> Engineers(Actor by, string? text, int limit);

    Task<IReadOnlyList<StationView>> Stations(Actor by, string? text, int limit);
}
