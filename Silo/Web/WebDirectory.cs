using AfterSales.Dashboard.App;
using AfterSales.Dashboard.Reporting;
using AfterSales.Silo.Dashboard;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.Grains.Common;
using AfterSales.Silo.Api;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Web;

/// <summary>The web app's master-data lists: the API's directory read model and the same narrowing by the caller's reach.</summary>
public sealed class WebDirectory(ReadModel readModel) : IDirectory
{
    public async Task<ListPage<CustomerSummary>> Customers(Actor by, string? text, string? after, int limit) =>
        Paged(await readModel.Directory<CustomerSummary>(OutboxKinds.Customer, Filter(by, CustomerOperation.List, text), limit, after));

    public async Task<IReadOnlyList<(CustomerSummary Customer, Machine Machine)>> Machines(Actor by, string serial, int limit) =>
        await readModel.Machines(Filter(by, CustomerOperation.List, null), serial, limit);

    public async Task<ListPage<EngineerSummary>> Engineers(Actor by, string? text, string? after, int limit) =>
        Paged(await readModel.Directory<EngineerSummary>(OutboxKinds.Engineer, Filter(by, EngineerOperation.List, text), limit, after));

    public async Task<ListPage<StationView>> Stations(Actor by, string? text, string? after, int limit) =>
        Paged(await readModel.Directory<StationView>(OutboxKinds.Station, Filter(by, StationOperation.List, text), limit, after));

    public async Task<ListPage<SiteSummary>> Sites(Actor by, string? text, bool open, string? after, int limit) =>
        Paged(await readModel.Directory<SiteSummary>(
            OutboxKinds.Site,
            DirectoryLists.For(by, AccessPolicy.RequireRole(by, SiteOperation.List), Filter(text) with { NeedsAnswer = open ? true : null }, ownedByCustomers: true),
            limit,
            after));

    public async Task<IReadOnlyList<SiteSummary>> SitesOf(Actor by, string customerId, int limit) =>
        AccessPolicy.ReachOf(by, SiteOperation.List) is { } reach
            ? (await readModel.Directory<SiteSummary>(
                OutboxKinds.Site, DirectoryLists.For(by, reach, new DirectoryFilter(OwnerId: customerId), ownedByCustomers: true), limit, null)).Items
            : [];

    public Task<string?> EngineerPhone(string engineerId) => readModel.EngineerPhone(engineerId);

    public async Task<IReadOnlyDictionary<string, string>> Names(NameKind kind, IEnumerable<string?> ids) =>
        await readModel.Names(DashboardData.KindOf(kind), [.. ids.OfType<string>()]);

    private static ListPage<T> Paged<T>(Page<T> page) => new(page.Items, page.Next);

    private static DirectoryFilter Filter(Actor by, Enum operation, string? text) =>
        DirectoryLists.For(by, AccessPolicy.RequireRole(by, operation), Filter(text));

    private static DirectoryFilter Filter(string? text) => new(string.IsNullOrWhiteSpace(text) ? null : text.Trim());
}
