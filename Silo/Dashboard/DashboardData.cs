using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;
using AfterSales.Silo.Api;
using AfterSales.Silo.ReadModels;
using ScottPlot;

namespace AfterSales.Silo.Dashboard;

/// <summary>What the dashboard shows, read through the reports' own queries and the read model.</summary>
public sealed class DashboardData(ReportQueries reports, ReadModel readModel, BusinessCalendar calendar, [FromKeyedServices(RulesClock.Key)] TimeProvider clock)
{
    public DateOnly Today => reports.Today;

    public async Task<Plot> Chart(ChartKind kind, DashboardQuery q, ChartTexts t)
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

    /// <summary>R-WTY-3: old parts not back in time, for the engineer asked for.</summary>
    public Task<List<OverdueOldPart>> OverdueOldParts(DashboardQuery q) => readModel.OverdueOldParts(clock.GetUtcNow(), q.Filter.EngineerId);

    /// <summary>The tickets received in the range (default: the charted weeks) that match the filters, one page.</summary>
    public Task<Page<TicketSummary>> Tickets(DashboardQuery q, bool? breached, string? cursor)
    {
        var (from, to) = q.Weeks(Today);
        var filter = q.Tickets(breached) with
        {
            ProductLine = q.ProductLine?.Value, ReceivedFrom = calendar.StartOf(from), ReceivedBefore = calendar.StartOf(to.AddDays(1)),
        };
        return readModel.Tickets(filter, ReadModel.MaxLimit, cursor);
    }
}
