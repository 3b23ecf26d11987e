using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Dashboard.Reporting;

/// <summary>What the quality dashboard reads, from the reports' own queries and the read models (the host supplies it).</summary>
public interface IDashboardData
{
    /// <summary>Today by the business calendar.</summary>
    DateOnly Today { get; }

    Task<IReadOnlyList<ResponseTimeRow>> ResponseTimes(DashboardQuery q, Bucket bucket);

    Task<IReadOnlyList<SatisfactionRow>> Satisfaction(DashboardQuery q, SatisfactionGrouping grouping);

    /// <summary>R-WTY-3: old parts not back in time now, for the engineer of the filter, most overdue first.</summary>
    Task<IReadOnlyList<OverdueOldPart>> OverdueOldParts(DashboardQuery q);

    /// <summary>The tickets received in the range that match the filters, newest first, one page.</summary>
    Task<ListPage<TicketSummary>> Tickets(DashboardQuery q, bool? breached, string? cursor);

    /// <summary>How many tickets <see cref="Tickets"/> lists over all its pages (what a figure's link leads to).</summary>
    Task<int> TicketCount(DashboardQuery q, bool? breached);

    /// <summary>Every page of the range's tickets, newest first, up to <paramref name="max"/> (a download).</summary>
    Task<IReadOnlyList<TicketSummary>> TicketsUpTo(DashboardQuery q, int max);

    /// <summary>The satisfaction responses given in the range that match the filters, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<SatisfactionResponse>> Responses(DashboardQuery q, int limit);

    /// <summary>R-PM-2: preventive maintenance raised in the range, by station, with what was done on time.</summary>
    Task<IReadOnlyList<MaintenanceRow>> Maintenance(DashboardQuery q);

    /// <summary>R-CMP-1: every campaign's completion by station (campaigns run over their own dates, not the range's).</summary>
    Task<IReadOnlyList<CampaignRow>> Campaigns(DashboardQuery q);

    Task<FilterChoices> Choices();

    /// <summary>The names of those ids that have one (customers, engineers, stations).</summary>
    Task<IReadOnlyDictionary<string, string>> Names(NameKind kind, IEnumerable<string?> ids);
}
