using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Sla;

namespace AfterSales.Silo.Api;

/// <summary>
/// The reports of API.md, read from the per-period aggregate grains; the targets are those of the version of the
/// code of conduct in force at the end of each period (or today, for the current one); a ranking by engineer or
/// station over the range takes the target in force at its end.
/// </summary>
public sealed class ReportQueries(
    IGrainFactory grains,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    BusinessCalendar calendar)
{
    public DateOnly Today => calendar.LocalDate(clock.GetUtcNow());

    public async Task<IReadOnlyList<ResponseTimeRow>> ResponseTimes(DateOnly from, DateOnly to, Bucket bucket, ReportFilter filter)
    {
        var numbers = await Numbers();
        var periods = ReportPeriods.Between(bucket, from, to);
        return await Task.WhenAll(periods.Select(p =>
        {
            var targets = numbers(ReportPeriods.LastDay(bucket, p));
            return grains.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(bucket, p))
                .Summarize(filter, targets.FirstResponseTargetHours, targets.TimeToSiteTargetHours);
        }));
    }

    /// <summary>Satisfaction per month (R-SAT-2), or per engineer or station over the months.</summary>
    public async Task<IReadOnlyList<SatisfactionRow>> Satisfaction(DateOnly from, DateOnly to, ReportFilter filter, SatisfactionGrouping grouping)
    {
        var numbers = await Numbers();
        var target = numbers(to).SatisfactionTarget;
        var months = ReportPeriods.Between(Bucket.Month, from, to);
        var rows = await Task.WhenAll(months.Select(m => grains.GetGrain<ISatisfactionMonthGrain>(m)
            .Summarize(filter, grouping, grouping == SatisfactionGrouping.None ? numbers(ReportPeriods.LastDay(Bucket.Month, m)).SatisfactionTarget : target)));
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

    /// <summary>The numbers in force at the end of a day, or today for a day still to come.</summary>
    private async Task<Func<DateOnly, RuleNumbers>> Numbers()
    {
        var versions = await grains.GetGrain<ICodeOfConductGrain>(ICodeOfConductGrain.Ref).Versions();
        var today = Today;
        return day => CodeVersions.InForceOn(versions, day < today ? day : today).Numbers;
    }
}
