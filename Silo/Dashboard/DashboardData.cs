using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;
using AfterSales.Silo.Api;
using ScottPlot;

namespace AfterSales.Silo.Dashboard;

/// <summary>What the dashboard shows, read through the reports' own queries and the ticket directory.</summary>
public sealed class DashboardData(ReportQueries reports, IGrainFactory grains, BusinessCalendar calendar)
{
    public DateOnly Today => reports.Today;

    public async Task<Plot> Chart(ChartKind kind, DashboardQuery q, Texts t)
    {
        var today = Today;
        switch (kind)
        {
            case ChartKind.ResponseTimes or ChartKind.Breaches:
                var (wf, wt) = q.Weeks(today);
                var weeks = await reports.ResponseTimes(wf, wt, Bucket.Week, q.Filter);
                return kind == ChartKind.ResponseTimes ? ResponseTimesChart.Build(weeks, t) : BreachesChart.Build(weeks, t);
            case ChartKind.Satisfaction:
                var (mf, mt) = q.Months(today);
                return SatisfactionChart.Build(await reports.Satisfaction(mf, mt, q.Filter, SatisfactionGrouping.None), t);
            default:
                var (rf, rt) = q.Months(today);
                var byEngineer = kind == ChartKind.SatisfactionByEngineer;
                var rows = await reports.Satisfaction(rf, rt, q.Filter, byEngineer ? SatisfactionGrouping.Engineer : SatisfactionGrouping.Station);
                return byEngineer ? SatisfactionRankingChart.ByEngineer(rows, t) : SatisfactionRankingChart.ByStation(rows, t);
        }
    }

    public async Task<MonthFigures> ThisMonth(DashboardQuery q)
    {
        var today = Today;
        var first = new DateOnly(today.Year, today.Month, 1);
        var times = reports.ResponseTimes(first, today, Bucket.Month, q.Filter);
        var satisfaction = reports.Satisfaction(first, today, q.Filter, SatisfactionGrouping.None);
        var overdue = OverdueOldParts(q);
        var month = (await satisfaction).LastOrDefault();
        return new MonthFigures(ReportPeriods.Of(Bucket.Month, today), (await times)[^1], month, month?.Target ?? 0.95, (await overdue).Count);
    }

    /// <summary>R-WTY-3: old parts not back in time, for the engineer asked for (the directory knows no region or station).</summary>
    public async Task<IReadOnlyList<OverdueOldPart>> OverdueOldParts(DashboardQuery q)
    {
        var overdue = await TicketDirectory.AskAll<ITicketDirectoryGrain, OverdueOldPart>(grains, d => d.FindOverdueOldParts());
        var engineer = q.Filter.EngineerId;
        return [.. overdue.Where(p => engineer is null || p.EngineerId == engineer)];
    }

    /// <summary>The tickets received in the range (default: the charted weeks) that match the filters.</summary>
    public async Task<IReadOnlyList<TicketSummary>> Tickets(DashboardQuery q, bool? breached)
    {
        var (from, to) = q.Weeks(Today);
        var found = await TicketDirectory.AskAll<ITicketDirectoryGrain, TicketSummary>(grains, d => d.Find(q.Tickets(breached)));
        return
        [
            .. found
                .Where(t => q.ProductLine is not { } line || t.ProductLine == line.Value)
                .Where(t => calendar.LocalDate(t.ReceivedAt) is var d && d >= from && d <= to)
                .OrderByDescending(t => t.ReceivedAt),
        ];
    }
}
