using AfterSales.Dashboard.Reporting;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Common;
using AfterSales.Grains.Sla;
using AfterSales.Silo.Api;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Dashboard;

/// <summary>What the dashboard shows, read through the reports' own queries and the read models.</summary>
public sealed class DashboardData(ReportQueries reports, ReadModel readModel, BusinessCalendar calendar, [FromKeyedServices(RulesClock.Key)] TimeProvider clock)
    : IDashboardData
{
    public const int ChoicesLimit = ReadModel.MaxLimit;

    public DateOnly Today => reports.Today;

    public Task<IReadOnlyList<ResponseTimeRow>> ResponseTimes(DashboardQuery q, Bucket bucket) => reports.ResponseTimes(q.From, q.To, bucket, q.Filter);

    public Task<IReadOnlyList<SatisfactionRow>> Satisfaction(DashboardQuery q, SatisfactionGrouping grouping) => reports.Satisfaction(q.From, q.To, q.Filter, grouping);

    public async Task<IReadOnlyList<OverdueOldPart>> OverdueOldParts(DashboardQuery q) =>
        [.. (await readModel.OverdueOldParts(clock.GetUtcNow(), q.EngineerId)).OrderByDescending(p => p.DaysOverdue).ThenBy(p => p.TicketId)];

    public async Task<ListPage<TicketSummary>> Tickets(DashboardQuery q, bool? breached, string? cursor)
    {
        var page = await readModel.Tickets(TicketsOf(q, breached), ReadModel.DefaultLimit, cursor);
        return new ListPage<TicketSummary>(page.Items, page.Next);
    }

    public Task<int> TicketCount(DashboardQuery q, bool? breached) => readModel.Count(TicketsOf(q, breached));

    public async Task<IReadOnlyList<TicketSummary>> TicketsUpTo(DashboardQuery q, int max) => await readModel.TicketsUpTo(TicketsOf(q, null), max);

    /// <summary>The tickets received on the range's days (by the business calendar) that match its filters.</summary>
    private TicketFilter TicketsOf(DashboardQuery q, bool? breached) =>
        q.Tickets(breached) with { ReceivedFrom = calendar.StartOf(q.From), ReceivedBefore = calendar.StartOf(q.To.AddDays(1)) };

    public async Task<IReadOnlyList<SatisfactionResponse>> Responses(DashboardQuery q, int limit) =>
        await readModel.Responses(calendar.StartOf(q.From), calendar.StartOf(q.To.AddDays(1)), q.Filter, limit);

    public async Task<IReadOnlyList<MaintenanceRow>> Maintenance(DashboardQuery q) =>
    [
        .. (await readModel.MaintenanceWork(TicketsOf(q, null)))
            .GroupBy(w => w.StationId)
            .Select(g => new MaintenanceRow(
                g.Key, g.Count(), g.Count(w => w.Done),
                // On time: done by the due day (by the business calendar), or due by hours only and done.
                g.Count(w => w.Done && (w.Due?.DueOn is not { } due || w.ResolvedAt is { } at && calendar.LocalDate(at) <= due))))
            .OrderBy(r => r.StationId is null).ThenBy(r => r.StationId, StringComparer.Ordinal),
    ];

    public async Task<IReadOnlyList<CampaignRow>> Campaigns(DashboardQuery q)
    {
        // A campaign's work is counted whenever it was raised: the range does not cut a campaign in two.
        var work = await readModel.CampaignWork(q.Tickets(null));
        var dueBy = await readModel.CampaignsDueBy([.. work.Select(w => w.CampaignId).Distinct()]);
        var today = Today;
        return
        [
            .. work.GroupBy(w => (w.CampaignId, w.StationId))
                .Select(g => new CampaignRow(
                    g.Key.CampaignId, g.Key.StationId, g.Sum(w => w.Count), g.Where(w => w.Done).Sum(w => w.Count),
                    dueBy.TryGetValue(g.Key.CampaignId, out var due) && today > due ? g.Where(w => !w.Done).Sum(w => w.Count) : 0))
                .OrderBy(r => r.CampaignId, StringComparer.Ordinal).ThenBy(r => r.StationId is null).ThenBy(r => r.StationId, StringComparer.Ordinal),
        ];
    }

    public async Task<FilterChoices> Choices()
    {
        var stations = await readModel.Directory<StationView>(OutboxKinds.Station, new(), ChoicesLimit, null);
        var engineers = await readModel.Directory<EngineerSummary>(OutboxKinds.Engineer, new(), ChoicesLimit, null);
        var regions = stations.Items.SelectMany(s => s.Regions).Concat(await readModel.TicketRegions())
            .DistinctBy(ReadModel.RegionKey).Order(StringComparer.CurrentCulture).ToList();
        return new FilterChoices(regions, [.. stations.Items.Select(s => (s.Id, s.Name))], [.. engineers.Items.Select(e => (e.Id, e.Name))]);
    }

    public async Task<IReadOnlyDictionary<string, string>> Names(NameKind kind, IEnumerable<string?> ids) =>
        await readModel.Names(KindOf(kind), [.. ids.OfType<string>()]);

    /// <summary>The directory read model's kind of a page's names.</summary>
    public static string KindOf(NameKind kind) =>
        kind switch { NameKind.Customer => OutboxKinds.Customer, NameKind.Engineer => OutboxKinds.Engineer, _ => OutboxKinds.Station };
}
