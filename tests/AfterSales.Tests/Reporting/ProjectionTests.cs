using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Persistence.ReadModels;
using AfterSales.Persistence.Storage;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Reporting;

/// <summary>The read models: every write carries its projection in the outbox, which the projector applies once per version.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ProjectionTests(ClusterFixture fixture)
{
    private static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ClusterFixture.Beijing).DateTime);

    [Fact]
    public async Task R_TKT_3_R_TKT_5_the_weekly_and_monthly_reports_equal_the_figures_computed_from_the_tickets()
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
                await t.RecordArrival(s.Engineer.By(new Arrival()));
            }

            ids.Add(t.GetPrimaryKeyString());
        }

        var tickets = await Task.WhenAll(ids.Select(id => s.Ticket(id).Get()));
        var filter = new ReportFilter(Region: region);
        foreach (var bucket in new[] { Bucket.Week, Bucket.Month })
        {
            foreach (var period in tickets.GroupBy(t => ReportPeriods.Of(bucket, LocalDate(t.ReceivedAt))))
            {
                var row = Assert.Single(await fixture.Reports.ResponseTimes(
                    ReportPeriods.FirstDay(bucket, period.Key), ReportPeriods.LastDay(bucket, period.Key), bucket, filter));
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
    public async Task After_a_random_mix_of_commands_the_read_models_equal_the_figures_computed_from_the_tickets()
    {
        var random = new Random(20261201);
        var region = $"Mix-{Guid.NewGuid():N}"[..12];
        var s = await (await new Scenario(fixture.Grains).WithCustomer(region: region)).WithEngineer();
        ClusterFixture.MoveToWorkingMonday(9);
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var t = s.Ticket((await s.TicketAt(TicketStatus.Classified)).Id);
            ids.Add(t.GetPrimaryKeyString());
            await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
            if (random.Next(4) == 0)
            {
                continue;
            }

            ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(random.Next(5, 200)));
            for (var w = random.Next(3); w > 0; w--)
            {
                await t.StartCustomerWait(Assistant.By(new CustomerWait("the foreman calls back")));
                ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(random.Next(1, 30)));
                await t.EndCustomerWait(Assistant.By<string?>(null));
            }

            await t.RecordContact(s.Engineer.By(new ContactNote(null)));
            var solved = random.Next(2) == 0;
            await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(solved, null)));
            if (solved)
            {
                await t.SubmitReport(s.Engineer.By(new ReportDraft("reset the controller by phone", [])));
                await t.ReviewReport(Manager.By(new ReportReview(true)));
                await t.FileReport(Assistant.By(new ReportFiling((await Scenario.Attach(t, Assistant, AttachmentKind.Scan)).Id)));
                await t.Confirm(Customer(s.CustomerId).By(new Confirmation(true, random.Next(1, 6))));
            }
        }

        // What the silo's deadline watch does for the deadlines that passed meanwhile.
        await Task.WhenAll(ids.Select(id => s.Ticket(id).ReviewSla()));
        var tickets = await Task.WhenAll(ids.Select(id => s.Ticket(id).Get()));
        var filter = new ReportFilter(Region: region);
        foreach (var week in tickets.GroupBy(t => ReportPeriods.Of(Bucket.Week, LocalDate(t.ReceivedAt))))
        {
            var row = Assert.Single(await fixture.Reports.ResponseTimes(
                ReportPeriods.FirstDay(Bucket.Week, week.Key), ReportPeriods.LastDay(Bucket.Week, week.Key), Bucket.Week, filter));
            Assert.Equal(week.Count(), row.Tickets);
            Assert.Equal(ExpectedPercentile.Of(week.Select(t => t.Times.FirstResponseHours), 0.5), row.FirstResponseP50Hours);
            Assert.Equal(ExpectedPercentile.Of(week.Select(t => t.Times.FirstResponseHours), 0.9), row.FirstResponseP90Hours);
            Assert.Equal(week.Sum(t => t.Sla.Count(d => d.State == SlaState.Breached)), row.Breaches);
        }

        var ratings = tickets.SelectMany(t => t.Confirmations).Where(c => c.Rating is not null).ToList();
        var months = await fixture.Reports.Satisfaction(
            LocalDate(tickets.Min(t => t.ReceivedAt)), LocalDate(ClusterFixture.Clock.GetUtcNow()), filter, SatisfactionGrouping.None);
        Assert.Equal((ratings.Count, ratings.Count(c => c.Rating >= 4)), (months.Sum(m => m.Responses), months.Sum(m => m.Satisfied)));
        var listed = await fixture.ReadModel.Tickets(new TicketFilter(CustomerId: s.CustomerId), 200, null);
        Assert.Equal(tickets.ToDictionary(t => t.Id, t => (t.Status, t.Version)), listed.Items.ToDictionary(t => t.Id, t => (t.Status, t.Version)));
    }

    [Fact]
    public async Task A_projection_delivered_twice_or_out_of_order_counts_once_in_its_newest_version()
    {
        var region = $"Twice-{Guid.NewGuid():N}"[..14];
        var at = ClusterFixture.Clock.GetUtcNow();
        var v2 = Ticket("T-twice-" + region, 2, at, region, firstResponse: 1.5, breaches: 1);

        await Enqueue(v2, v2, Ticket("T-twice-" + region, 1, at, region, firstResponse: 9, breaches: 0));
        var row = await Week(at, region);
        Assert.Equal((1, 1.5, 1), (row.Tickets, row.FirstResponseP50Hours!.Value, row.Breaches));

        await Enqueue(Ticket("T-twice-" + region, 4, at, region, firstResponse: 3.5, breaches: 1), Ticket("T-other-" + region, 1, at, region, firstResponse: 0.5, breaches: 0));
        var after = await Week(at, region);
        Assert.Equal((2, 2.0, 1), (after.Tickets, after.FirstResponseP50Hours!.Value, after.Breaches));
    }

    [Fact]
    public async Task R_SAT_2_ratings_5_5_4_2_in_one_month_give_75_percent_and_below_target()
    {
        var owner = $"test-{Guid.NewGuid():N}";
        var at = new DateTimeOffset(2098, 5, 10, 2, 0, 0, TimeSpan.Zero);
        SatisfactionResponse[] responses =
        [
            new($"{owner}:a", SatisfactionSource.TicketConfirmation, 5, at, EngineerId: "E-a"),
            new($"{owner}:b", SatisfactionSource.ServiceReport, 5, at, EngineerId: "E-a"),
            new($"{owner}:c", SatisfactionSource.Survey, 4, at),
            new($"{owner}:d", SatisfactionSource.QualityVisit, 2, at, EngineerId: "E-b"),
        ];
        var message = OutboxJson.Message(OutboxKinds.Satisfaction, owner, 1, new SatisfactionProjection(responses));
        await Enqueue(message, message);

        var month = new DateOnly(2098, 5, 1);
        var row = Assert.Single(await fixture.Reports.Satisfaction(month, month.AddMonths(1).AddDays(-1), new ReportFilter(), SatisfactionGrouping.None));
        Assert.Equal((4, 3, 0.75, true), (row.Responses, row.Satisfied, row.Rate!.Value, row.BelowTarget));
        var byEngineer = await fixture.Reports.Satisfaction(month, month.AddMonths(1).AddDays(-1), new ReportFilter(), SatisfactionGrouping.Engineer);
        Assert.Equal([("E-a", 1.0, false), ("E-b", 0.0, true)], byEngineer.OrderBy(r => r.Key).Select(r => (r.Key!, r.Rate!.Value, r.BelowTarget)));

        var survey = fixture.Grains.GetGrain<ISurveyGrain>($"survey:{owner}");
        var invalid = await Assert.ThrowsAsync<InvalidInputException>(() => survey.Record(Marketing.By(new NewSurveyResult("C-1", 6))));
        Assert.Equal("R-SAT-2", invalid.RuleId);
    }

    [Fact]
    public async Task R_SAT_1_confirmations_service_reports_surveys_and_quality_visits_all_count_in_their_month()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportSubmitted)).Id);
        await t.SignReport(Customer(s.CustomerId).By(new ReportSignature("Foreman Liu", Rating: 4)));
        await t.ReviewReport(Manager.By(new ReportReview(true)));
        await t.FileReport(Assistant.By(new ReportFiling((await Scenario.Attach(t, Assistant, AttachmentKind.Scan)).Id)));
        var closed = await t.Confirm(Customer(s.CustomerId).By(new Confirmation(true, 5)));
        await s.EngineerGrain(s.EngineerId).RecordEvaluation(Leader.By(new NewEvaluation(EvaluationSource.QualityVisit, 3, "visited the site")));
        var now = ClusterFixture.Clock.GetUtcNow();
        var survey = fixture.Grains.GetGrain<ISurveyGrain>($"survey:marketing-wu:{s.CustomerId}");
        await survey.Record(Marketing.By(new NewSurveyResult(s.CustomerId, 5, "good service", now, s.EngineerId), "survey-1"));
        await survey.Record(Marketing.By(new NewSurveyResult(s.CustomerId, 5, "good service", now, s.EngineerId), "survey-1"));
        var other = fixture.Grains.GetGrain<ISurveyGrain>($"survey:assistant:{s.CustomerId}");
        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => other.Record(Assistant.By(new NewSurveyResult(s.CustomerId, 5, At: now))));
        Assert.Equal("R-SAT-1", forbidden.RuleId);

        var month = LocalDate(now);
        var row = Assert.Single(await fixture.Reports.Satisfaction(month, month, new ReportFilter(EngineerId: s.EngineerId), SatisfactionGrouping.None));

        Assert.Equal(ReportPeriods.Of(Bucket.Month, LocalDate(closed.ClosedAt!.Value)), row.Period);
        Assert.Equal((4, 3), (row.Responses, row.Satisfied));
    }

    private static readonly Actor Marketing = new("marketing-wu", Role.Marketing);

    private static OutboxMessage Ticket(string id, long version, DateTimeOffset at, string region, double firstResponse, int breaches) =>
        OutboxJson.Message(OutboxKinds.Ticket, id, version, new TicketProjection(
            new TicketSummary(id, TicketStatus.Contacted, IntakeChannel.Fax, "C-1", "TM-1", ProductLine.TruckMixer, null, "E-1", null, at, version, Region: region),
            new TicketFacts(id, version, at, region, ProductLine.TruckMixer, "C-1", "E-1", null, firstResponse, 20, 30, breaches, false),
            [], [], []));

    private async Task Enqueue(params OutboxMessage[] messages)
    {
        var database = fixture.Cluster.Service<SqlDatabase>();
        foreach (var m in messages)
        {
            await database.Write((c, t) => SqlGrainStorage.Enqueue(c, t, m, 0));
        }
    }

    private async Task<ResponseTimeRow> Week(DateTimeOffset at, string region)
    {
        var day = LocalDate(at);
        return Assert.Single(await fixture.Reports.ResponseTimes(day, day, Bucket.Week, new ReportFilter(Region: region)));
    }
}
