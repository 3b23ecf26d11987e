using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Api;

/// <summary>
/// A master-data list's filter for its caller: a customer or a station whose grant reaches its own sees only itself;
/// a customer's sites are those it owns.
/// </summary>
public static class DirectoryLists
{
    public static DirectoryFilter For(Actor by, Reach reach, DirectoryFilter filter, bool ownedByCustomers = false) => (reach, by.Role) switch
    {
        (Reach.Own, Role.Customer) when ownedByCustomers => filter with { Id = null, OwnerId = by.CustomerId },
        (Reach.Own, Role.Customer) => filter with { Id = by.CustomerId },
        (Reach.Own, _) => filter with { Id = by.StationId },
        _ => filter with { Id = null },
    };
}
