using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.Grains.CodeOfConduct;
using AfterSales.Grains.Reporting;
using AfterSales.Grains.Sla;
using AfterSales.Persistence.ReadModels;

namespace AfterSales.Silo.Api;

/// <summary>
/// The reports of docs/api.md, computed from the read model's facts of the tickets received in the periods asked for
/// (whole weeks or months, by the local date of receipt); the targets are those of the version of the code of conduct
/// in force at the end of each period (or today, for the current one); a ranking by engineer or station over the range
/// takes the target in force at its end.
/// </summary>
public sealed class ReportQueries(
    ReadModel readModel,
    IGrainFactory grains,
    [FromKeyedServices(RulesClock.Key)] TimeProvider clock,
    BusinessCalendar calendar)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => calendar.LocalDate(Now);

    public async Task<IReadOnlyList<ResponseTimeRow>> ResponseTimes(DateOnly from, DateOnly to, Bucket bucket, ReportFilter filter)
    {
        var numbers = await Numbers();
        var periods = ReportPeriods.Between(bucket, from, to);
        var (start, end) = Span(bucket, periods);
        var byPeriod = ByPeriod(bucket, periods, await readModel.Facts(start, end, filter), f => f.ReceivedAt);
        return
        [
            .. periods.Select((p, i) =>
            {
                var targets = numbers(ReportPeriods.LastDay(bucket, p));
                return ReportRows.ResponseTimes(p, byPeriod[i], targets.FirstResponseTargetHours, targets.TimeToSiteTargetHours);
            }),
        ];
    }

    /// <summary>Satisfaction per month (R-SAT-2), or per engineer or station over the months.</summary>
    public async Task<IReadOnlyList<SatisfactionRow>> Satisfaction(DateOnly from, DateOnly to, ReportFilter filter, SatisfactionGrouping grouping)
    {
        var numbers = await Numbers();
        var months = ReportPeriods.Between(Bucket.Month, from, to);
        var (start, end) = Span(Bucket.Month, months);
        var responses = await readModel.Responses(start, end, filter);
        if (grouping == SatisfactionGrouping.None)
        {
            var byMonth = ByPeriod(Bucket.Month, months, responses, r => r.At);
            return [.. months.Select((m, i) => ReportRows.Satisfaction(m, byMonth[i], numbers(ReportPeriods.LastDay(Bucket.Month, m)).SatisfactionTarget))];
        }

        var target = numbers(to).SatisfactionTarget;
        var range = $"{months[0]}..{months[^1]}";
        Func<SatisfactionResponse, string?> keyOf = grouping == SatisfactionGrouping.Engineer ? r => r.EngineerId : r => r.StationId;
        return
        [
            .. responses.Where(r => keyOf(r) is not null).GroupBy(keyOf).Select(g =>
            {
                // The ranking keeps the rate unrounded, as it always has.
                var (count, satisfied) = (g.Count(), g.Count(r => r.Satisfied));
                double rate = (double)satisfied / count;
                return new SatisfactionRow(range, count, satisfied, rate, target, rate < target, g.Key);
            }).OrderBy(r => r.Rate),
        ];
    }

    /// <summary>
    /// What happened in each of the consecutive periods (all of it within them): each item goes to the last period
    /// that starts at or before it.
    /// </summary>
    private List<T>[] ByPeriod<T>(Bucket bucket, IReadOnlyList<string> periods, IEnumerable<T> items, Func<T, DateTimeOffset> at)
    {
        var starts = periods.Select(p => calendar.StartOf(ReportPeriods.FirstDay(bucket, p))).ToArray();
        var byPeriod = periods.Select(_ => new List<T>()).ToArray();
        foreach (var item in items)
        {
            var i = Array.BinarySearch(starts, at(item));
            byPeriod[i >= 0 ? i : ~i - 1].Add(item);
        }

        return byPeriod;
    }

    /// <summary>From the start of the first period to the end of the last, as instants.</summary>
    private (DateTimeOffset Start, DateTimeOffset End) Span(Bucket bucket, IReadOnlyList<string> periods) =>
        (calendar.StartOf(ReportPeriods.FirstDay(bucket, periods[0])), calendar.StartOf(ReportPeriods.LastDay(bucket, periods[^1]).AddDays(1)));

    /// <summary>The numbers in force at the end of a day, or today for a day still to come.</summary>
    private async Task<Func<DateOnly, RuleNumbers>> Numbers()
    {
        var versions = await grains.Get<ICodeOfConductGrain>(ICodeOfConductGrain.Ref).Versions();
        var today = Today;
        return day => CodeVersions.InForceOn(versions, day < today ? day : today).Numbers;
    }
}
