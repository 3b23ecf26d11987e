using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Reporting;

/// <summary>The reporting projection: tickets report their facts to per-week and per-month aggregates.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ProjectionTests(ClusterFixture fixture)
{
    private static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ClusterFixture.Beijing).DateTime);

    [Fact]
    public async Task R_TKT_3_R_TKT_5_the_week_and_month_aggregates_equal_the_figures_computed_from_the_tickets()
    {
        var region = $"Region-{Guid.NewGuid():N}"[..15];
        var s = await (await new Scenario(fixture.Grains).WithCustomer(region: region)).WithEngineer();
        ClusterFixture.MoveToWorkingMonday(9);
        var ids = new List<string>();
        foreach (var (contactAfter, visit) in new[] { (20, true), (50, false), (95, true), (180, true), (30, false) })
        {
            var t = s.Ticket((await s.TicketAt(TicketStatus.Classified)).Id);
            await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
            ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(contactAfter));
            await t.RecordContact(s.Engineer.By(new ContactNote(null)));
            await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(!visit, null)));
            if (visit)
            {
                await t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, [])));
                ClusterFixture.Clock.Advance(TimeSpan.FromHours(contactAfter / 10.0));
                await t.RecordArrival(s.Engineer.By<string?>(null));
            }

            ids.Add(t.GetPrimaryKeyString());
        }

        var tickets = await Task.WhenAll(ids.Select(id => s.Ticket(id).Get()));
        var filter = new ReportFilter(Region: region);
        foreach (var bucket in new[] { Bucket.Week, Bucket.Month })
        {
            var periods = tickets.GroupBy(t => ReportPeriods.Of(bucket, LocalDate(t.ReceivedAt)));
            foreach (var period in periods)
            {
                var row = await fixture.Grains.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(bucket, period.Key)).Summarize(filter, 2, 24);
                Assert.Equal(period.Key, row.Period);
                Assert.Equal(period.Count(), row.Tickets);
                Assert.Equal(ExpectedPercentile.Of(period.Select(t => t.Times.FirstResponseHours), 0.5), row.FirstResponseP50Hours);
                Assert.Equal(ExpectedPercentile.Of(period.Select(t => t.Times.FirstResponseHours), 0.9), row.FirstResponseP90Hours);
                Assert.Equal(ExpectedPercentile.Of(period.Select(t => t.Times.TimeToSiteHours), 0.5), row.TimeToSiteP50Hours);
                Assert.Equal(ExpectedPercentile.Of(period.Select(t => t.Times.TimeToSiteHours), 0.9), row.TimeToSiteP90Hours);
                Assert.Equal(period.Sum(t => t.Sla.Count(d => d.State == SlaState.Breached)), row.Breaches);
            }
        }
    }

    [Fact]
    public async Task A_fact_delivered_twice_or_out_of_order_counts_once_in_its_newest_version()
    {
        var aggregate = fixture.Grains.GetGrain<IResponseTimesGrain>(ReportPeriods.Key(Bucket.Week, $"2099-W{Random.Shared.Next(1, 52):00}-{Guid.NewGuid():N}"));
        var v2 = new TicketFacts("T-twice", 2, DateTimeOffset.UtcNow, "North", ProductLine.TruckMixer, "C-1", "E-1", null, 1.5, 20, 30, 1, false);

        await aggregate.Record(v2);
        await aggregate.Record(v2);
        await aggregate.Record(v2 with { Version = 1, FirstResponseHours = 9, Breaches = 0 });

        var row = await aggregate.Summarize(new ReportFilter(), 2, 24);
        Assert.Equal((1, 1.5, 1), (row.Tickets, row.FirstResponseP50Hours!.Value, row.Breaches));

        // A version that changes nothing keeps the summary; one that does changes it.
        await aggregate.Record(v2 with { Version = 3 });
        Assert.Equal(row, await aggregate.Summarize(new ReportFilter(), 2, 24));
        await aggregate.Record(v2 with { Version = 4, FirstResponseHours = 3.5 });
        await aggregate.Record(v2 with { TicketId = "T-other", FirstResponseHours = 0.5 });
        var after = await aggregate.Summarize(new ReportFilter(), 2, 24);
        Assert.Equal((2, 2.0), (after.Tickets, after.FirstResponseP50Hours!.Value));
    }

    [Fact]
    public async Task R_SAT_2_ratings_5_5_4_2_in_one_month_give_75_percent_and_below_target()
    {
        var month = fixture.Grains.GetGrain<ISatisfactionMonthGrain>($"2098-{Guid.NewGuid():N}");
        var at = DateTimeOffset.UtcNow;
        SatisfactionResponse[] responses =
        [
            new("a", SatisfactionSource.TicketConfirmation, 5, at, EngineerId: "E-a"),
            new("b", SatisfactionSource.ServiceReport, 5, at, EngineerId: "E-a"),
            new("c", SatisfactionSource.Survey, 4, at),
            new("d", SatisfactionSource.QualityVisit, 2, at, EngineerId: "E-b"),
        ];

        await month.Record(responses);
        await month.Record(responses[..2]);

        var row = Assert.Single(await month.Summarize(new ReportFilter(), SatisfactionGrouping.None, 0.95));
        Assert.Equal((4, 3, 0.75, true), (row.Responses, row.Satisfied, row.Rate!.Value, row.BelowTarget));
        var byEngineer = await month.Summarize(new ReportFilter(), SatisfactionGrouping.Engineer, 0.95);
        Assert.Equal([("E-a", 1.0, false), ("E-b", 0.0, true)], byEngineer.OrderBy(r => r.Key).Select(r => (r.Key!, r.Rate!.Value, r.BelowTarget)));
        await Assert.ThrowsAsync<InvalidInputException>(() => month.Record([new SatisfactionResponse("e", SatisfactionSource.Survey, 6, at)]));
    }

    [Fact]
    public async Task R_SAT_1_confirmations_service_reports_surveys_and_quality_visits_all_count_in_their_month()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportSubmitted)).Id);
        await t.SignReport(Customer(s.CustomerId).By(new ReportSignature("Foreman Liu", Rating: 4)));
        await t.ReviewReport(Manager.By(new ReportReview(true)));
        await t.FileReport(Assistant.By(new ReportFiling("scan://r")));
        var closed = await t.Confirm(Customer(s.CustomerId).By(new Confirmation(true, 5)));
        await s.EngineerGrain(s.EngineerId).RecordEvaluation(Leader.By(new NewEvaluation(EvaluationSource.QualityVisit, 3, "visited the site")));
        var now = ClusterFixture.Clock.GetUtcNow();
        var month = fixture.Grains.GetGrain<ISatisfactionMonthGrain>(ReportPeriods.Of(Bucket.Month, LocalDate(now)));
        await month.RecordSurvey(new Actor("marketing-wu", Role.Marketing).By(new NewSurveyResult(s.CustomerId, 5, "good service", now, s.EngineerId), "survey-1"));
        await month.RecordSurvey(new Actor("marketing-wu", Role.Marketing).By(new NewSurveyResult(s.CustomerId, 5, "good service", now, s.EngineerId), "survey-1"));
        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => month.RecordSurvey(Assistant.By(new NewSurveyResult(s.CustomerId, 5, At: now))));
        Assert.Equal("R-SAT-1", forbidden.RuleId);

        var row = Assert.Single(await month.Summarize(new ReportFilter(EngineerId: s.EngineerId), SatisfactionGrouping.None, 0.95));

        Assert.Equal(ReportPeriods.Of(Bucket.Month, LocalDate(closed.ClosedAt!.Value)), row.Period);
        Assert.Equal((4, 3), (row.Responses, row.Satisfied));
    }
}
