using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.CodeOfConduct;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Engineers;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Common;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Pipeline;

/// <summary>
/// Every grain that takes commands takes them through one pipeline: a failure injected at any step up to and
/// including the write leaves the activation's state exactly as it was (compared byte for byte); a failure in
/// the outbox after the write leaves the command acknowledged.
/// </summary>
public sealed class CommandPipelineTests(PipelineCluster fixture) : IClassFixture<PipelineCluster>
{
    private static readonly CommandStep[] UpToTheWrite =
        [CommandStep.Idempotency, CommandStep.Rule, CommandStep.History, CommandStep.Write];

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task A_ticket_command_that_fails_at_any_step_leaves_the_ticket_as_it_was()
    {
        var s = await new Scenario(Grains).WithCustomer();
        var ticket = s.Ticket((await s.Open()).Id);
        await EveryFailureLeavesTheStateAsItWas(
            ticket.GetGrainId(), () => ticket.Classify(Assistant.By(new Classification(TicketCategory.Breakdown, true))));

        var classified = await ticket.Get();
        Assert.Equal(TicketStatus.Classified, classified.Status);
        Assert.Single(classified.History, h => h.Action == nameof(ITicketGrain.Classify));
    }

    [Fact]
    public async Task A_ticket_command_that_throws_half_way_through_its_rule_changes_nothing()
    {
        var s = await new Scenario(Grains).WithCustomer();
        await s.WithEngineer();
        var ticket = s.Ticket((await s.Open()).Id);
        var classify = () => ticket.Classify(Assistant.By(new Classification(TicketCategory.Breakdown, false)));
        await classify();
        await ticket.Assign(Assistant.By(new Assignment(s.EngineerId)));
        var before = await StateOf(ticket.GetGrainId(), classify);

        // A body the HTTP layer let through as null: the rule sets the first contact, then fails on the notes.
        await Assert.ThrowsAsync<NullReferenceException>(() => ticket.RecordContact(s.Engineer.By<ContactNote>(null!)));

        Assert.Equal(before, await StateOf(ticket.GetGrainId(), classify));
        var view = await ticket.Get();
        Assert.Equal(TicketStatus.Classified, view.Status);
        Assert.Null(view.FirstContactAt);
        Assert.Equal(TicketStatus.Contacted, (await ticket.RecordContact(s.Engineer.By(new ContactNote("called")))).Status);
    }

    [Fact]
    public async Task A_keyed_command_whose_write_failed_runs_again_on_retry_even_after_another_command_wrote()
    {
        var s = await new Scenario(Grains).WithCustomer();
        var ticket = s.Ticket((await s.Open()).Id);
        var classify = Assistant.By(new Classification(TicketCategory.Breakdown, true), "classify-after-a-failed-write");

        FaultProbe.Arm(ticket.GetGrainId(), CommandStep.Write);
        await Assert.ThrowsAsync<InvalidOperationException>(() => ticket.Classify(classify));
        await ticket.StartCustomerWait(Assistant.By(new CustomerWait("the foreman calls back")));

        // The answer travels in the write's transaction: the failed write kept none, so the retry applies.
        var retried = await ticket.Classify(classify);
        Assert.Equal(TicketCategory.Breakdown, retried.Category);
        Assert.Single(retried.History, h => h.Action == nameof(ITicketGrain.Classify));
        Assert.Equal(retried.Version, (await ticket.Classify(classify)).Version);
    }

    [Fact]
    public async Task A_machine_command_that_fails_at_any_step_leaves_the_machine_as_it_was()
    {
        var s = await new Scenario(Grains).WithCustomer();
        var machine = Grains.GetGrain<IMachineGrain>(s.Serial);
        var reading = new HoursReading(0, PipelineCluster.Clock.GetUtcNow());
        await EveryFailureLeavesTheStateAsItWas(machine.GetGrainId(), () => machine.RecordHours(Assistant.By(reading)));
        Assert.Equal(0, (await machine.Get()).Hours!.Value);
    }

    [Fact]
    public async Task An_engineer_command_that_fails_at_any_step_leaves_the_engineer_as_it_was()
    {
        var s = await new Scenario(Grains).WithEngineer();
        var engineer = s.EngineerGrain(s.EngineerId);
        await EveryFailureLeavesTheStateAsItWas(
            engineer.GetGrainId(), () => engineer.RecordEvaluation(Assistant.By(new NewEvaluation(EvaluationSource.Department, 4, "tidy"))));
        Assert.Single((await engineer.Get()).Evaluations);
    }

    [Fact]
    public async Task A_tool_kit_command_that_fails_at_any_step_leaves_the_kit_as_it_was()
    {
        var kit = Grains.GetGrain<IToolKitGrain>(nameof(ProductLine.RecyclingPlant));
        await EveryFailureLeavesTheStateAsItWas(
            kit.GetGrainId(), () => kit.Set(Manager.By<IReadOnlyList<string>>(["multimeter", "screen wrench"])));
        Assert.Equal(new[] { "multimeter", "screen wrench" }, (await kit.Get()).Tools.ToArray());
    }

    [Fact]
    public async Task A_code_of_conduct_command_that_fails_at_any_step_leaves_the_code_as_it_was()
    {
        var code = Grains.GetGrain<ICodeOfConductGrain>(ICodeOfConductGrain.Ref);
        var version = (await code.Get()).InForce.Number;
        var application = new ChangeApplication(version, "quality-zhou", "Section 4.2", "two copies", "three copies", "the dealer keeps one");
        await EveryFailureLeavesTheStateAsItWas(code.GetGrainId(), () => code.FileChange(Quality.By(application)));
        Assert.Single((await code.Get()).Changes);
    }

    [Fact]
    public async Task A_station_registration_that_fails_at_any_step_leaves_the_station_as_it_was()
    {
        var id = $"STN-{Guid.NewGuid():N}"[..12];
        var station = Grains.GetGrain<IServiceStationGrain>(id);
        var today = DateOnly.FromDateTime(PipelineCluster.Clock.GetUtcNow().UtcDateTime);
        var agreement = new StationAgreement($"Station {id}", [$"Region-{id}"], [ProductLine.TruckMixer], today, today.AddYears(1));
        await EveryFailureLeavesTheStateAsItWas(station.GetGrainId(), () => station.Register(Manager.By(agreement)));
        Assert.Equal(id, (await station.Get()).Id);
    }

    [Fact]
    public async Task A_survey_that_fails_at_any_step_leaves_the_survey_as_it_was()
    {
        var s = await new Scenario(Grains).WithCustomer();
        var survey = Grains.GetGrain<ISurveyGrain>($"survey:marketing-wu:{Guid.NewGuid():N}");
        var marketing = new Actor("marketing-wu", Role.Marketing);
        var at = PipelineCluster.Clock.GetUtcNow();
        await EveryFailureLeavesTheStateAsItWas(survey.GetGrainId(), () => survey.Record(marketing.By(new NewSurveyResult(s.CustomerId, 4, "ok", at))));
        await Assert.ThrowsAsync<RuleViolationException>(() => survey.Record(marketing.By(new NewSurveyResult(s.CustomerId, 4, "ok", at))));
    }

    [Fact]
    public async Task A_site_command_that_fails_at_any_step_leaves_the_site_as_it_was()
    {
        var s = await new Scenario(Grains).WithCustomer();
        var site = Grains.GetGrain<IInstallationSiteGrain>($"S-{s.CustomerId}");
        await site.Register(Assistant.By(new SiteProfile(s.CustomerId, "Jinan, Gongye North Road 88", "Shandong")));
        await EveryFailureLeavesTheStateAsItWas(
            site.GetGrainId(), () => site.Install(Sales.By(new NewInstallation(s.Serial, ProductLine.TruckMixer))));
        Assert.Single((await site.Get()).Installations);
    }

    [Fact]
    public async Task An_alert_acknowledgement_that_fails_at_any_step_leaves_the_ticket_as_it_was()
    {
        var s = await new Scenario(Grains).WithCustomer();
        var ticket = s.Ticket((await s.Open()).Id);
        PipelineCluster.Clock.Advance(TimeSpan.FromDays(4));
        var alert = (await ticket.ReviewSla()).Sla.First(d => d.State == SlaState.Breached);
        var id = SlaAlert.IdOf(ticket.GetPrimaryKeyString(), alert.Kind, alert.Cycle);
        await EveryFailureLeavesTheStateAsItWas(
            ticket.GetGrainId(), () => ticket.AcknowledgeAlert(Manager.By(id)), () => ticket.Classify(Assistant.By(new Classification(TicketCategory.Breakdown, false))));
        Assert.Equal(Manager.UserId, (await ticket.AcknowledgeAlert(Manager.By(id))).AcknowledgedBy);
    }

    /// <summary>
    /// For each step up to the write: the state the activation holds before, a failure injected at that step, and
    /// the state it holds after must be the same bytes. Then a failure in the outbox: the command is acknowledged.
    /// </summary>
    /// <param name="probe">A command that reaches the pipeline's first step whatever the state (default: <paramref name="command"/>).</param>
    private static async Task EveryFailureLeavesTheStateAsItWas(GrainId grain, Func<Task> command, Func<Task>? probe = null)
    {
        foreach (var step in UpToTheWrite)
        {
            var before = await StateOf(grain, command);
            FaultProbe.Arm(grain, step);
            var fault = await Assert.ThrowsAsync<InvalidOperationException>(command);
            Assert.Contains(step.ToString(), fault.Message);
            var after = await StateOf(grain, command);
            Assert.True(before.SequenceEqual(after), $"The state changed after a failure at {step}: {Convert.ToHexString(before)} -> {Convert.ToHexString(after)}");
        }

        var unchanged = await StateOf(grain, probe ?? command);
        FaultProbe.Arm(grain, CommandStep.Outbox);
        await command();
        Assert.NotEqual(unchanged, await StateOf(grain, probe ?? command));
    }

    /// <summary>The activation's state as the pipeline sees it at its first step (the command is stopped there).</summary>
    private static async Task<byte[]> StateOf(GrainId grain, Func<Task> command)
    {
        FaultProbe.Arm(grain, CommandStep.Idempotency);
        await Assert.ThrowsAsync<InvalidOperationException>(command);
        return FaultProbe.StateSeen(grain);
    }
}
