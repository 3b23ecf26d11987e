using System.Globalization;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;
using AfterSales.Silo.Api;
using AfterSales.Persistence.ReadModels;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.CodeOfConduct;

public sealed class CodeOfConductRulesTests(CodeOfConductCluster fixture) : IClassFixture<CodeOfConductCluster>
{
    private ICodeOfConductGrain Code => fixture.Grains.GetGrain<ICodeOfConductGrain>(ICodeOfConductGrain.Ref);

    private static DateOnly Today => DateOnly.FromDateTime(CodeOfConductCluster.Clock.GetUtcNow().ToOffset(ClusterFixture.Beijing).DateTime);

    private async Task<int> Latest() => (await Code.Get()).Versions[^1].Number;

    private async Task<ChangeApplication> TextChange(string revised = "Service engineers wear company working clothes and safety shoes on site.") =>
        new(await Latest(), "Quality department", "Service at jobsite, working clothes",
            "Put on working clothes when work.", revised, "Safety shoes were missing from the site rules.");

    [Fact]
    public async Task R_DOC_1_the_code_has_numbered_versions_and_one_is_in_force()
    {
        var code = await Code.Get();

        Assert.Equal(ICodeOfConductGrain.Ref, code.Ref);
        Assert.Equal(1, code.Versions[0].Number);
        Assert.Equal(new RuleNumbers(3, 2, 24, 48, 12, 30, 0.95), code.Versions[0].Numbers);
        Assert.Equal(code.Versions.Select(v => v.Number), Enumerable.Range(1, code.Versions.Count));
        Assert.Contains(code.InForce.Number, code.Versions.Select(v => v.Number));
    }

    [Fact]
    public async Task R_DOC_2_anyone_files_a_change_application_for_the_latest_version_with_original_revised_and_reasons()
    {
        var engineer = Engineer("E-li");
        var filed = await Code.FileChange(engineer.By(await TextChange()));

        Assert.Equal(ChangeState.Pending, filed.State);
        Assert.Equal((engineer.UserId, Role.ServiceEngineer, CodeOfConductCluster.Clock.GetUtcNow()), (filed.FiledBy, filed.FiledByRole, filed.FiledAt));
        Assert.Equal("Safety shoes were missing from the site rules.", filed.Application.Reasons);

        var before = (await Code.Get()).Changes.Count;
        var noReasons = await Assert.ThrowsAsync<InvalidInputException>(async () => await Code.FileChange(engineer.By(await TextChange() with { Reasons = " " })));
        Assert.Equal(("R-DOC-2", "reasons"), (noReasons.RuleId, noReasons.Field));
        var outdated = await Assert.ThrowsAsync<RuleViolationException>(async () => await Code.FileChange(engineer.By(await TextChange() with { AppliesToVersion = 0 })));
        Assert.Equal("R-DOC-2", outdated.RuleId);
        var months = (await Code.Get()).Versions[^1].Numbers.WarrantyMonths;
        var wrongOriginal = await Assert.ThrowsAsync<RuleViolationException>(async () => await Code.FileChange(
            engineer.By(new ChangeApplication(await Latest(), "Service", "WarrantyMonths", $"{months + 1}", "18", "longer warranty"))));
        Assert.Equal("R-DOC-2", wrongOriginal.RuleId);
        var badValue = await Assert.ThrowsAsync<InvalidInputException>(async () => await Code.FileChange(
            engineer.By(new ChangeApplication(await Latest(), "Service", "WarrantyMonths", $"{months}", "eighteen", "longer warranty"))));
        Assert.Equal("revised", badValue.Field);
        Assert.Equal(before, (await Code.Get()).Changes.Count);
    }

    [Fact]
    public async Task R_DOC_3_a_department_or_company_leader_approves_or_rejects_with_signature_date_and_reasons()
    {
        var first = await Code.FileChange(Quality.By(await TextChange("Engineers wear working clothes.")));
        var second = await Code.FileChange(Quality.By(await TextChange("Engineers wear working clothes and helmets.")));

        var notLeader = await Assert.ThrowsAsync<ForbiddenException>(() => Code.Decide(Quality.By(new DecideChange(first.Id, new ChangeDecision(true, "Zhou", Today)))));
        Assert.Equal("R-DOC-3", notLeader.RuleId);
        var noReasons = await Assert.ThrowsAsync<InvalidInputException>(() => Code.Decide(Leader.By(new DecideChange(first.Id, new ChangeDecision(false, "Chen")))));
        Assert.Equal("reasons", noReasons.Field);
        var noDate = await Assert.ThrowsAsync<InvalidInputException>(() => Code.Decide(Leader.By(new DecideChange(first.Id, new ChangeDecision(true, "Chen")))));
        Assert.Equal("implementationDate", noDate.Field);

        var rejected = await Code.Decide(Leader.By(new DecideChange(first.Id, new ChangeDecision(false, "Chen", Reasons: "too vague"))));
        Assert.Equal((ChangeState.Rejected, "Chen", "too vague"), (rejected.State, rejected.SignedBy, rejected.RejectionReasons));
        var approved = await Code.Decide(Leader.By(new DecideChange(second.Id, new ChangeDecision(true, "Chen", Today))));
        Assert.Equal((ChangeState.Approved, Today), (approved.State, approved.ImplementationDate));
        Assert.Equal(CodeOfConductCluster.Clock.GetUtcNow(), approved.DecidedAt);
        Assert.Equal(await Latest(), approved.ResultingVersion);

        var again = await Assert.ThrowsAsync<RuleViolationException>(() => Code.Decide(Leader.By(new DecideChange(second.Id, new ChangeDecision(false, "Chen", Reasons: "x")))));
        Assert.Equal("R-DOC-3", again.RuleId);
    }

    [Fact]
    public async Task R_DOC_4_until_its_implementation_date_the_version_in_force_prevails()
    {
        var inForce = (await Code.Get()).InForce.Number;
        var change = await Code.FileChange(Leader.By(await TextChange("Engineers wear working clothes, safety shoes and gloves.")));
        var past = await Assert.ThrowsAsync<InvalidInputException>(() => Code.Decide(Leader.By(new DecideChange(change.Id, new ChangeDecision(true, "Chen", Today.AddDays(-1))))));
        Assert.Equal("R-DOC-4", past.RuleId);

        var approved = await Code.Decide(Leader.By(new DecideChange(change.Id, new ChangeDecision(true, "Chen", Today.AddDays(10)))));
        Assert.Equal(inForce, (await Code.Get()).InForce.Number);

        CodeOfConductCluster.Clock.Advance(TimeSpan.FromDays(10));
        var now = (await Code.Get()).InForce;
        Assert.Equal(approved.ResultingVersion, now.Number);
        Assert.Contains(now.Amendments, a => a.ChangeId == change.Id && a.Revised.Contains("gloves"));
    }

    [Fact]
    public async Task R_DOC_4_a_rule_number_changed_by_an_approved_application_applies_to_tickets_received_from_its_implementation_date()
    {
        var months = (await Code.Get()).Versions[^1].Numbers.WarrantyMonths;
        var s = await (await new Scenario(fixture.Grains).WithCustomer(commissionedOn: Today.AddMonths(-months - 6))).WithEngineer();
        var change = await Code.FileChange(Leader.By(new ChangeApplication(
            await Latest(), "After-sales department", nameof(RuleNumbers.WarrantyMonths), $"{months}", $"{months + 12}", "Two-year warranty for new customers.")));
        var approved = await Code.Decide(Leader.By(new DecideChange(change.Id, new ChangeDecision(true, "Chen", Today.AddDays(7)))));

        var before = await s.Open();
        CodeOfConductCluster.Clock.Advance(TimeSpan.FromDays(7));
        var after = await s.Open();

        Assert.Equal(WarrantyStatus.Expired, before.Warranty.Status);
        Assert.NotEqual(approved.ResultingVersion, before.CodeOfConductVersion);
        Assert.Equal(WarrantyStatus.InWarranty, after.Warranty.Status);
        Assert.Equal(approved.ResultingVersion, after.CodeOfConductVersion);
        Assert.Equal(WarrantyStatus.Expired, (await s.Ticket(before.Id).Get()).Warranty.Status);
    }

    [Fact]
    public async Task R_SAT_2_each_month_is_judged_against_the_target_of_the_version_in_force_at_its_end()
    {
        var reports = new ReportQueries(fixture.Cluster.Service<ReadModel>(), fixture.Grains, CodeOfConductCluster.Clock, new BusinessCalendar(new BusinessCalendarSettings()));
        var old = (await Code.Get()).InForce.Numbers.SatisfactionTarget;
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var change = await Code.FileChange(Leader.By(new ChangeApplication(
            await Latest(), "Quality department", nameof(RuleNumbers.SatisfactionTarget), old.ToString(CultureInfo.InvariantCulture), "0.9",
            "The dealers' first year.")));
        await Code.Decide(Leader.By(new DecideChange(change.Id, new ChangeDecision(true, "Chen", thisMonth.AddMonths(1)))));

        var before = await reports.Satisfaction(thisMonth, thisMonth.AddMonths(2).AddDays(-1), new ReportFilter(), SatisfactionGrouping.None);
        Assert.Equal([old, old], before.Select(r => r.Target));

        CodeOfConductCluster.Clock.Advance(TimeSpan.FromDays(thisMonth.AddMonths(1).DayNumber - Today.DayNumber + 1));
        var after = await reports.Satisfaction(thisMonth, Today, new ReportFilter(), SatisfactionGrouping.None);
        Assert.Equal([old, 0.9], after.Select(r => r.Target));
    }
}
