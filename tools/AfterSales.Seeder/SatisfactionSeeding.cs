using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Reporting;
using Bogus;
using static AfterSales.Seeder.DemoPeople;

namespace AfterSales.Seeder;

/// <summary>
/// The other sources of satisfaction (R-SAT-1): the monthly surveys of sales and marketing, and the quality visits of
/// sales, marketing and company leaders, who record the engineer's service quality (R-ENG-4).
/// </summary>
public sealed class SatisfactionSeeding(IGrainFactory grains, ISeedProgress progress, int parallelism, CancellationToken cancellationToken)
{
    public async Task<(int Surveys, int Visits)> Load(Faker f, DemoWorld world, DemoYear year, DemoSize size, string runTag)
    {
        var engineers = world.Engineers.Where(e => e.Qualified).ToList();
        var surveys = new List<(string Month, DateTimeOffset At, Func<Task> Record)>();
        var visits = new List<(string EngineerId, DateTimeOffset At, Func<Task> Record)>();
        foreach (var (month, i) in year.Months.Select((m, i) => (m, i)))
        {
            for (var n = 0; n < size.SurveysPerMonth; n++)
            {
                var at = TimeIn(f, year, month);
                var result = new NewSurveyResult(f.PickRandom<DemoCustomer>(world.Customers).Id, year.Score(f, at, false), "年度回访 / annual survey", at);
                var by = f.Random.Bool() ? Marketing : Sales;
                var key = $"{runTag}-{month}-{n:000}";
                surveys.Add((month, at, () => grains.Get<ISurveyGrain>($"survey:{by.UserId}:{key}").Record(by.By(result, key))));
            }

            for (var n = 0; n < size.QualityVisitsPerMonth; n++)
            {
                var at = TimeIn(f, year, month);
                var engineer = f.PickRandom(engineers).Id;
                var visit = new NewEvaluation(EvaluationSource.QualityVisit, year.Score(f, at, false), "回访: 服务态度 / visit: attitude and quality");
                var by = f.PickRandom(QualityVisitors);
                visits.Add((engineer, at, () => grains.Get<IEngineerGrain>(engineer).RecordEvaluation(by.By(visit))));
            }
        }

        progress.Start(SeedPhase.Satisfaction, surveys.Count + visits.Count);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(surveys, options, async (s, _) => await Record(s.At, s.Record));

        // One engineer's visits in the order they happened, so that the engineer's evaluations read in time order.
        await Parallel.ForEachAsync(visits.GroupBy(v => v.EngineerId), options, async (g, _) =>
        {
            foreach (var v in g.OrderBy(v => v.At))
            {
                await Record(v.At, v.Record);
            }
        });
        return (surveys.Count, visits.Count);
    }

    private async Task Record(DateTimeOffset at, Func<Task> record)
    {
        HistoricClock.Set(at);
        await record();
        progress.Advance(SeedPhase.Satisfaction);
    }

    // A working-day office hour of the month, not before the first day of the year nor after now.
    private static DateTimeOffset TimeIn(Faker f, DemoYear year, string month)
    {
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd");
        var from = first < year.FirstDay ? year.FirstDay : first;
        var to = first.AddMonths(1).AddDays(-1) > year.Today ? year.Today : first.AddMonths(1).AddDays(-1);
        var day = from.AddDays(f.Random.Int(0, to.DayNumber - from.DayNumber));
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).AddMinutes(f.Random.Int(0, 480));
        return at < year.Now ? at : year.Now.AddHours(-1);
    }
}
