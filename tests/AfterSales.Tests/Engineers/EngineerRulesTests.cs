using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Engineers;

[Collection(ClusterCollection.Name)]
public sealed class EngineerRulesTests(ClusterFixture fixture)
{
    private async Task<Scenario> Given() => await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..16];

    [Fact]
    public async Task R_ENG_1_qualification_needs_3_years_training_and_a_certified_product_line_with_the_reasons_when_not()
    {
        var s = new Scenario(fixture.Grains);

        var qualified = await s.AddEngineer(NewId("E"));
        var junior = await s.AddEngineer(NewId("E"), years: 2, training: false, lines: []);

        Assert.True(qualified.Qualified);
        Assert.Empty(qualified.UnqualifiedReasons);
        Assert.False(junior.Qualified);
        Assert.Equal(3, junior.UnqualifiedReasons.Count);
        Assert.Contains(junior.UnqualifiedReasons, r => r.Contains("2 years"));
        Assert.Contains(junior.UnqualifiedReasons, r => r.Contains("training"));
        Assert.Contains(junior.UnqualifiedReasons, r => r.Contains("product line"));
    }

    [Theory]
    [InlineData(2, true, ProductLine.TruckMixer)]
    [InlineData(8, false, ProductLine.TruckMixer)]
    [InlineData(8, true, ProductLine.BatchingPlant)]
    public async Task R_ENG_1_only_a_qualified_engineer_for_the_product_line_is_made_responsible(int years, bool training, ProductLine certified)
    {
        var s = await Given();
        var unqualified = NewId("E");
        await s.AddEngineer(unqualified, years, training, [certified]);
        var t = s.Ticket((await s.TicketAt(TicketStatus.Classified)).Id);

        var refusal = await t.Refused(() => t.Assign(Assistant.By(new Assignment(unqualified))), "R-ENG-1");
        Assert.Contains("not qualified", refusal.Message);
        var assigned = await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
        Assert.Equal(s.EngineerId, assigned.EngineerId);
        Assert.Contains(assigned.Id, await fixture.ReadModel.TicketIds(new TicketFilter(EngineerId: s.EngineerId)));
    }

    [Fact]
    public async Task R_ENG_1_an_unknown_engineer_is_refused_as_bad_input()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Classified)).Id);

        var refusal = await t.RefusedUnchanged<InvalidInputException>(() => t.Assign(Assistant.By(new Assignment("nobody"))), "R-ENG-1");
        Assert.Equal("engineerId", refusal.Field);
    }

    [Fact]
    public async Task R_ENG_2_dispatch_is_refused_while_a_required_tool_is_missing_from_the_order_or_the_engineers_kit()
    {
        var s = await Given();
        var withoutGauge = NewId("E");
        await s.AddEngineer(withoutGauge, tools: ["multimeter", "torque wrench set"]);
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);
        await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(false, null)));

        var notTaken = await t.Refused(() => t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, ["multimeter"], []))), "R-ENG-2");
        Assert.Contains("hydraulic pressure gauge", notTaken.Message);
        var notOwned = await t.Refused(() => t.Dispatch(Manager.By(new DispatchOrder(withoutGauge, Scenario.TruckMixerKit, []))), "R-ENG-2");
        Assert.Contains("lacks", notOwned.Message);

        var dispatched = await t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, [])));
        Assert.Equal(Scenario.TruckMixerKit, dispatched.Dispatch!.Tools);
    }

    [Fact]
    public async Task R_ENG_2_the_kit_per_product_line_is_configurable_by_the_service_manager()
    {
        var kit = fixture.Grains.GetGrain<IToolKitGrain>(nameof(ProductLine.RecyclingPlant));
        var before = await kit.Get();
        Assert.NotEmpty(before.Tools);

        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => kit.Set(Assistant.By<IReadOnlyList<string>>(["screwdriver"])));
        Assert.Equal("R-ENG-2", forbidden.RuleId);
        Assert.Equal(before.Tools, (await kit.Get()).Tools);

        var set = await kit.Set(Manager.By<IReadOnlyList<string>>(["multimeter", "screen mesh gauge", "multimeter "]));
        Assert.Equal(["multimeter", "screen mesh gauge"], set.Tools);
        Assert.Equal(Manager.UserId, set.SetBy);
    }

    [Fact]
    public async Task R_ENG_3_evaluations_record_source_score_comment_and_time_from_the_role_of_their_source()
    {
        var s = await Given();
        var e = s.EngineerGrain(s.EngineerId);

        var byCustomer = await e.RecordEvaluation(Customer(s.CustomerId).By(new NewEvaluation(EvaluationSource.Customer, 5, "polite and fast")));
        var byDept = await e.RecordEvaluation(Quality.By(new NewEvaluation(EvaluationSource.Department, 3, "late report")));

        // Each caller gets back the evaluation it recorded, nothing of the engineer's record (a customer may not read it).
        Assert.Equal(new Evaluation(EvaluationSource.Customer, 5, "polite and fast", $"user-of-{s.CustomerId}", Role.Customer, ClusterFixture.Clock.GetUtcNow()), byCustomer);
        Assert.Equal((EvaluationSource.Department, 3, Role.QualityDepartment), (byDept.Source, byDept.Score, byDept.ByRole));
        var engineer = await e.Get();
        Assert.Equal([byCustomer, byDept], engineer.Evaluations);
        Assert.Equal(4, engineer.AverageScore);
        var badScore = await Assert.ThrowsAsync<InvalidInputException>(() => e.RecordEvaluation(Quality.By(new NewEvaluation(EvaluationSource.Department, 6, null))));
        Assert.Equal("R-ENG-3", badScore.RuleId);
        var wrongSource = await Assert.ThrowsAsync<ForbiddenException>(() => e.RecordEvaluation(Quality.By(new NewEvaluation(EvaluationSource.Customer, 1, null))));
        Assert.Equal("R-ENG-3", wrongSource.RuleId);
        Assert.Equal(2, (await e.Get()).Evaluations.Count);
    }

    [Fact]
    public async Task R_ENG_4_quality_visits_are_recorded_by_sales_marketing_service_manager_and_company_leaders()
    {
        var s = await Given();
        var e = s.EngineerGrain(s.EngineerId);

        await e.RecordEvaluation(Sales.By(new NewEvaluation(EvaluationSource.QualityVisit, 4, "good attitude on visit")));
        await e.RecordEvaluation(Leader.By(new NewEvaluation(EvaluationSource.QualityVisit, 5, null)));
        var refusal = await Assert.ThrowsAsync<ForbiddenException>(
            () => e.RecordEvaluation(Assistant.By(new NewEvaluation(EvaluationSource.QualityVisit, 5, null))));

        Assert.Equal("R-ENG-4", refusal.RuleId);
        var view = await e.Get();
        Assert.Equal([Role.SalesDepartment, Role.CompanyLeader], view.Evaluations.Select(v => v.ByRole));
    }

    [Fact]
    public async Task R_ENG_5_company_leaders_sanction_and_a_suspended_engineer_is_neither_assigned_nor_dispatched()
    {
        var s = await Given();
        var e = s.EngineerGrain(s.EngineerId);
        var t = s.Ticket((await s.TicketAt(TicketStatus.Classified)).Id);

        var notLeader = await Assert.ThrowsAsync<ForbiddenException>(() => e.Sanction(Manager.By(new NewSanction(SanctionKind.Suspension, "x"))));
        Assert.Equal("R-ENG-5", notLeader.RuleId);
        await e.Sanction(Leader.By(new NewSanction(SanctionKind.Warning, "late reports")));
        var suspended = await e.Sanction(Leader.By(new NewSanction(SanctionKind.Suspension, "unsafe work on site")));
        Assert.True(suspended.Suspended);

        await t.Refused(() => t.Assign(Assistant.By(new Assignment(s.EngineerId))), "R-ENG-5");

        var lifted = await e.LiftSuspension(Leader.By(s.EngineerId));
        Assert.False(lifted.Suspended);
        Assert.Equal(Leader.UserId, lifted.Sanctions[1].LiftedBy);
        var assigned = await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
        Assert.Equal(s.EngineerId, assigned.EngineerId);
    }

    [Fact]
    public async Task R_ENG_5_a_suspended_engineer_is_not_dispatched()
    {
        var s = await Given();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);
        await t.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(false, null)));
        await s.EngineerGrain(s.EngineerId).Sanction(Leader.By(new NewSanction(SanctionKind.Suspension, "retraining first")));

        await t.Refused(() => t.Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, []))), "R-ENG-5");
    }
}
