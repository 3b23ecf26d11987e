using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;

namespace AfterSales.Silo.Api;

/// <summary>
/// The reports of API.md, read from the per-period aggregate grains; the targets are those of the version of the
/// code of conduct in force at the end of each period (or now, for the current one).
/// </summary>
public sealed class ReportQueries(
    IGrainFactory grains,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    BusinessCalendar calendar)
{
    public DateOnly Today => calendar.LocalDate(clock.GetUtcNow());

    public async Task<IReadOnlyList<ResponseTimeRow>> ResponseTimes(DateOnly from, DateOnly to, Bucket bucket, ReportFilter filter)
    {
        var targets = await NumbersAt(to);
        var periods = ReportPeriods.Between(bucket, from, to);
        return await Task.WhenAll(periods.Select(p => grains.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(bucket, p))
            .Summarize(filter, targets.FirstResponseTargetHours, targets.TimeToSiteTargetHours)));
    }

    /// <summary>Satisfaction per month (R-SAT-2), or per engineer or station over the months.</summary>
    public async Task<IReadOnlyList<SatisfactionRow>> Satisfaction(DateOnly from, DateOnly to, ReportFilter filter, SatisfactionGrouping grouping)
    {
        var target = (await NumbersAt(to)).SatisfactionTarget;
        var months = ReportPeriods.Between(Bucket.Month, from, to);
        var rows = await Task.WhenAll(months.Select(m => grains.GetGrain<ISatisfactionMonthGrain>(m).Summarize(filter, grouping, target)));
        if (grouping == SatisfactionGrouping.None)
        {
            return [.. rows.SelectMany(r => r)];
        }

        return
        [
            .. rows.SelectMany(r => r).GroupBy(r => r.Key).Select(g =>
            {
                var responses = g.Sum(r => r.Responses);
                var satisfied = g.Sum(r => r.Satisfied);
                double? rate = responses == 0 ? null : (double)satisfied / responses;
                return new SatisfactionRow($"{months[0]}..{months[^1]}", responses, satisfied, rate, target, rate < target, g.Key);
            }).OrderBy(r => r.Rate),
        ];
    }

    private async Task<RuleNumbers> NumbersAt(DateOnly date)
    {
        var at = date < Today ? new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : clock.GetUtcNow();
        return (await grains.GetGrain<ICodeOfConductGrain>(ICodeOfConductGrain.Ref).InForceAt(at)).Numbers;
    }
}
