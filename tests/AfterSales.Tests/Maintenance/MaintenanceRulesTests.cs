using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Maintenance;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.Time.Testing;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Maintenance;

/// <summary>
/// R-PM-1..3 on a cluster of their own (the clock moves by months, the plans are replaced): the tests wake the machines
/// as the maintenance watch would. Each test puts the truck mixers' plan it needs before it registers its machine.
/// </summary>
public sealed class MaintenanceRulesTests(MaintenanceCluster fixture) : IClassFixture<MaintenanceCluster>
{
    private static readonly BusinessCalendar Calendar = new(new BusinessCalendarSettings());

    private static FakeTimeProvider Clock => MaintenanceCluster.Clock;

    private static DateOnly Today => Calendar.LocalDate(Clock.GetUtcNow());

    private IMaintenancePlanGrain Plan => fixture.Grains.GetGrain<IMaintenancePlanGrain>(nameof(ProductLine.TruckMixer));

    [Fact]
    public async Task R_PM_1_a_task_is_due_at_its_hours_when_they_come_before_its_months()
    {
        var commissioned = Today.AddDays(-40);
        var s = await MachineWith(commissioned, new MaintenanceTask("oil", "Engine oil change", 100, 12, 0));
        await Read(s, 90);
        await Machine(s).WakeUp();
        Assert.Null(await Find(PmId(s, "oil", 1)));
        var planned = Line(await Machine(s).Get(), "oil");
        Assert.Equal((commissioned.AddMonths(12), 100.0, MaintenanceState.Planned), (planned.DueOn, planned.DueAtHours, planned.State));

        MoveTo(Today.AddDays(2));
        await Read(s, 105);
        await Machine(s).WakeUp();

        var ticket = await Find(PmId(s, "oil", 1));
        Assert.NotNull(ticket);
        Assert.Equal(new MaintenanceDue("oil", commissioned.AddMonths(12), 100), ticket.Maintenance);
        var line = (await Machine(s).Get()).Maintenance.Single(l => l.Task == "oil");
        Assert.Equal((MaintenanceState.Overdue, ticket.Id), (line.State, line.TicketId));
    }

    [Fact]
    public async Task R_PM_1_a_task_is_due_on_its_day_when_the_months_come_before_the_hours()
    {
        var commissioned = Today.AddDays(-40);
        var s = await MachineWith(commissioned, new MaintenanceTask("grease", "Greasing", 2000, 2, 7));
        await Read(s, 10);
        MoveTo(Today.AddDays(2));
        await Read(s, 18);
        var due = commissioned.AddMonths(2);

        MoveTo(due.AddDays(-8));
        await Machine(s).WakeUp();
        Assert.Null(await Find(PmId(s, "grease", 1)));

        // Its lead days before the day (the hours, at 8 a day, are months away).
        MoveTo(due.AddDays(-7), hour: 0);
        await Machine(s).WakeUp();
        var ticket = await Find(PmId(s, "grease", 1));
        Assert.NotNull(ticket);
        Assert.Equal(new MaintenanceDue("grease", due, 2000), ticket.Maintenance);
        Assert.Equal(MaintenanceState.Due, Line(await Machine(s).Get(), "grease").State);
    }

    [Fact]
    public async Task R_PM_2_a_task_is_raised_its_lead_days_before_the_day_its_hours_are_projected_from_the_90_day_use()
    {
        var s = await MachineWith(Today.AddDays(-40), new MaintenanceTask("filter", "Hydraulic filter", 300, 24, 5));
        MoveTo(Today.AddDays(1));
        var start = Today;
        await Read(s, 100);
        MoveTo(start.AddDays(10));
        await Read(s, 200);
        Assert.Equal(10, (await Machine(s).Get()).AverageHoursPerDay);

        // 300 hours in 10 days at 10 a day: raised 5 days before, on day 15 after the first reading.
        MoveTo(start.AddDays(14));
        await Machine(s).WakeUp();
        Assert.Null(await Find(PmId(s, "filter", 1)));
        Assert.Equal(MaintenanceState.Planned, Line(await Machine(s).Get(), "filter").State);

        MoveTo(start.AddDays(15));
        await Machine(s).WakeUp();
        var ticket = await Find(PmId(s, "filter", 1));
        Assert.NotNull(ticket);
        Assert.Equal(300, ticket.Maintenance!.DueAtHours);
        Assert.Equal(MaintenanceState.Due, Line(await Machine(s).Get(), "filter").State);
    }

    [Fact]
    public async Task R_PM_2_a_planned_ticket_is_classified_routed_dispatched_without_a_phone_attempt_and_its_report_completes_the_task()
    {
        var commissioned = Today.AddDays(-40);
        var s = await MachineWith(commissioned, new MaintenanceTask("service", "Monthly service", null, 1, 0));
        await Machine(s).WakeUp();

        var ticket = await Find(PmId(s, "service", 1));
        Assert.NotNull(ticket);
        Assert.Equal(
            (IntakeChannel.PreventiveMaintenance, TicketCategory.Maintenance, TicketStatus.Classified, StationOf(s), s.Serial),
            (ticket.Channel, ticket.Category, ticket.Status, ticket.StationId, ticket.MachineSerial));
        Assert.Equal(new MaintenanceDue("service", commissioned.AddMonths(1), null), ticket.Maintenance);
        Assert.Equal(MaintenanceState.Overdue, Line(await Machine(s).Get(), "service").State);
        Assert.Contains((await fixture.ReadModel.Machines(new(CustomerId: s.CustomerId, MaintenanceDue: true), 10, null)).Items, m => m.Serial == s.Serial);

        // Planned site service: the manager dispatches it with no phone attempt (R-TKT-4).
        var dispatched = await s.Ticket(ticket.Id).Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, [])));
        Assert.Equal(TicketStatus.Dispatched, dispatched.Status);
        Assert.Empty(dispatched.PhoneAttempts);

        await FileReport(s, ticket.Id);
        var machine = await Machine(s).Get();
        var done = machine.Maintenance.Single(l => l.Task == "service");
        Assert.Equal((MaintenanceState.Done, Today, Today.AddMonths(1)), (done.State, done.CompletedOn, done.DueOn));
        Assert.False((await fixture.ReadModel.Machines(new(CustomerId: s.CustomerId), 10, null)).Items.Single(m => m.Serial == s.Serial).MaintenanceDue);

        // Told twice, completed once; the next due point is next month's.
        await Machine(s).WorkDone(new PlannedWorkDone(ticket.Id, Clock.GetUtcNow(), ticket.Maintenance, null));
        await Machine(s).WakeUp();
        Assert.Null(await Find(PmId(s, "service", 2)));
        Assert.Equal(Today.AddMonths(1), Line(await Machine(s).Get(), "service").DueOn);
    }

    [Fact]
    public async Task R_PM_1_a_model_overrides_its_lines_tasks_and_a_new_plan_reaches_the_machine_when_it_wakes()
    {
        var s = await MachineWith(Today.AddDays(-40), new MaintenanceTask("line-task", "Line inspection", null, 12, 0));
        var model = (await Machine(s).Get()).Model;
        await Plan.Put(TechDept.By(new MaintenancePlan(
            [new MaintenanceTask("line-task", "Line inspection", null, 12, 0)],
            new Dictionary<string, IReadOnlyList<MaintenanceTask>> { [model] = [new MaintenanceTask("model-task", "Model inspection", 500, 6, 0)] })));
        Assert.Equal(["line-task"], (await Machine(s).Get()).Maintenance.Select(l => l.Task));

        // The projector wakes the line's machines after a put; here the test wakes it.
        await Machine(s).WakeUp();
        var line = Line(await Machine(s).Get(), "model-task");
        Assert.Equal(["model-task"], (await Machine(s).Get()).Maintenance.Select(l => l.Task));
        Assert.Equal((Today.AddDays(-40).AddMonths(6), 500.0), (line.DueOn, line.DueAtHours));
    }

    [Fact]
    public async Task R_PM_1_work_done_early_moves_the_next_due_point()
    {
        var commissioned = Today.AddDays(-40);
        var s = await MachineWith(commissioned, new MaintenanceTask("inspect", "Quarterly inspection", null, 3, 20));
        var due = commissioned.AddMonths(3);
        MoveTo(due.AddDays(-20));
        await Machine(s).WakeUp();
        var ticket = await Find(PmId(s, "inspect", 1));
        Assert.NotNull(ticket);

        await s.Ticket(ticket.Id).Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, [])));
        await FileReport(s, ticket.Id);

        // Done 20 days early: the next inspection is 3 months from the work, not from the day it was due.
        var line = Line(await Machine(s).Get(), "inspect");
        Assert.Equal((Today.AddMonths(3), MaintenanceState.Done), (line.DueOn, line.State));
        Assert.True(line.DueOn < due.AddMonths(3));
        MoveTo(Today.AddMonths(3).AddDays(-21));
        await Machine(s).WakeUp();
        Assert.Null(await Find(PmId(s, "inspect", 2)));
        MoveTo(Today.AddDays(1));
        await Machine(s).WakeUp();
        Assert.Equal(new MaintenanceDue("inspect", line.DueOn, null), (await Find(PmId(s, "inspect", 2)))?.Maintenance);
    }

    [Fact]
    public async Task R_PM_2_exactly_one_ticket_per_due_point_when_woken_twice_across_a_silo_restart_and_by_another_silo()
    {
        var s = await MachineWith(Today.AddDays(-40),
            new MaintenanceTask("service", "Monthly service", null, 1, 0), new MaintenanceTask("belt", "Belt check", null, 1, 0));
        // Another silo raised the belt's due point and this machine lost the record of it: the id is the due point's.
        var machine = await Machine(s).Get();
        var raisedElsewhere = await s.Ticket(PmId(s, "belt", 1)).OpenPlanned(Assistant.By(new PlannedTicket(
            IntakeChannel.PreventiveMaintenance, s.Serial, "Belt check", s.CustomerId, ProductLine.TruckMixer, machine.Model, machine.Warranty,
            new MaintenanceDue("belt", machine.CommissionedOn!.Value.AddMonths(1), null))));

        await Task.WhenAll(Machine(s).WakeUp(), Machine(s).WakeUp());
        foreach (var silo in fixture.Cluster.GetActiveSilos().Where(h => h != fixture.Cluster.Primary).ToList())
        {
            await fixture.Cluster.RestartSiloAsync(silo);
        }

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await Machine(s).WakeUp();
        MoveTo(Today.AddDays(1));
        await Machine(s).WakeUp();

        Assert.Equal([PmId(s, "belt", 1), PmId(s, "service", 1)], (await fixture.ReadModel.TicketIds(new TicketFilter(), s.Serial)).Order());
        Assert.Equal(raisedElsewhere.Id, Line(await Machine(s).Get(), "belt").TicketId);
    }

    [Fact]
    public async Task R_PM_3_a_machine_gets_one_first_visit_30_days_after_commissioning_when_nothing_happened()
    {
        var commissioned = Today;
        var s = await MachineWith(commissioned);
        var firstVisit = PmId(s, "first-visit", 1);
        Assert.Equal(MaintenanceState.Planned, Line(await Machine(s).Get(), "first-visit").State);

        MoveTo(commissioned.AddDays(29), hour: 23);
        await Machine(s).WakeUp();
        Assert.Null(await Find(firstVisit));

        MoveTo(commissioned.AddDays(30), hour: 0);
        await Task.WhenAll(Machine(s).WakeUp(), Machine(s).WakeUp());
        var ticket = await Find(firstVisit);
        Assert.NotNull(ticket);
        Assert.Equal((IntakeChannel.PreventiveMaintenance, new MaintenanceDue("first-visit", commissioned.AddDays(30), null)), (ticket.Channel, ticket.Maintenance));
        Assert.Equal([firstVisit], await fixture.ReadModel.TicketIds(new TicketFilter(), s.Serial));
        var due = Line(await Machine(s).Get(), "first-visit");
        Assert.Equal((MaintenanceState.Due, firstVisit), (due.State, due.TicketId));

        await s.Ticket(firstVisit).Dispatch(Manager.By(new DispatchOrder(s.EngineerId, Scenario.TruckMixerKit, [])));
        await FileReport(s, firstVisit);
        var done = Line(await Machine(s).Get(), "first-visit");
        Assert.Equal((MaintenanceState.Done, Today), (done.State, done.CompletedOn));
    }

    [Fact]
    public async Task R_PM_3_no_first_visit_when_a_ticket_of_the_machine_was_received_in_its_30_days()
    {
        var commissioned = Today;
        var s = await MachineWith(commissioned);
        MoveTo(commissioned.AddDays(5));
        await s.Open();

        MoveTo(commissioned.AddDays(31));
        await Machine(s).WakeUp();
        Assert.Null(await Find(PmId(s, "first-visit", 1)));
        Assert.DoesNotContain((await Machine(s).Get()).Maintenance, l => l.Task == "first-visit");
    }

    [Fact]
    public async Task R_PM_3_no_first_visit_for_a_machine_registered_long_after_its_commissioning()
    {
        var s = await MachineWith(Today.AddDays(-60));
        await Machine(s).WakeUp();
        MoveTo(Today.AddDays(31));
        await Machine(s).WakeUp();
        Assert.Null(await Find(PmId(s, "first-visit", 1)));
        Assert.Empty(await fixture.ReadModel.TicketIds(new TicketFilter(), s.Serial));
    }

    [Fact]
    public async Task R_PM_1_a_plan_has_unique_named_tasks_due_by_hours_or_months_with_lead_times_not_negative()
    {
        var good = await Plan.Put(TechDept.By(new MaintenancePlan(
            [new MaintenanceTask("oil", "Engine oil", 250, 6, 7)],
            new Dictionary<string, IReadOnlyList<MaintenanceTask>> { ["HTM-X"] = [new MaintenanceTask("oil", "Engine oil", 200, null, 3, 20)] })));
        Assert.Equal((nameof(ProductLine.TruckMixer), 200.0), (good.ProductLine, good.Models["HTM-X"][0].EveryHours));
        var read = await Plan.Get();
        Assert.Equal(good.Version, read.Version);
        Assert.Equal(good.Tasks, read.Tasks);

        (MaintenanceTask[] Tasks, string Field)[] bad =
        [
            ([new("oil", "Engine oil", 250, 6, 7), new("oil", "Oil again", 100, null, 0)], "tasks[1].id"),
            ([new("oil", "Engine oil", null, null, 7)], "tasks[0].everyMonths"),
            ([new("oil", "Engine oil", 0, 6, 7)], "tasks[0].everyHours"),
            ([new("oil", "Engine oil", 250, 6, -1)], "tasks[0].leadDays"),
            ([new("oil", "Engine oil", 250, 6, 1, -5)], "tasks[0].leadHours"),
            ([new("oil", " ", 250, 6, 1)], "tasks[0].name"),
        ];
        foreach (var (tasks, field) in bad)
        {
            var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => Plan.Put(Manager.By(new MaintenancePlan(tasks))));
            Assert.Equal(("R-PM-1", field), (refusal.RuleId, refusal.Field));
            Refusals.Said(refusal);
        }

        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => Plan.Put(Assistant.By(new MaintenancePlan([]))));
        Assert.Equal("R-PM-1", forbidden.RuleId);
        var after = await Plan.Get();
        Assert.Equal(good.Version, after.Version);
        Assert.Equal(good.Tasks, after.Tasks);
        Assert.Equal(good.Models["HTM-X"], after.Models["HTM-X"]);
    }

    /// <summary>A truck mixer commissioned on the day (none: not commissioned), in a region of its own served by a station, with an engineer; the plan put first.</summary>
    private async Task<Scenario> MachineWith(DateOnly? commissionedOn, params MaintenanceTask[] tasks)
    {
        await Plan.Put(TechDept.By(new MaintenancePlan(tasks)));
        var s = new Scenario(fixture.Grains);
        await fixture.Grains.GetGrain<IServiceStationGrain>(StationOf(s)).Register(Manager.By(
            new StationAgreement($"Station of {s.CustomerId}", [RegionOf(s)], [ProductLine.TruckMixer], Today.AddDays(-90), Today.AddYears(3))));
        await s.WithCustomer(commissionedOn, region: RegionOf(s));
        await s.WithEngineer();
        return s;
    }

    private static string RegionOf(Scenario s) => $"Region-{s.CustomerId}";

    private static string StationOf(Scenario s) => $"S-{s.CustomerId}";

    private IMachineGrain Machine(Scenario s) => fixture.Grains.GetGrain<IMachineGrain>(s.Serial);

    private static string PmId(Scenario s, string task, int n) => $"PM-{s.Serial}-{task}-{n}";

    private Task<MachineView> Read(Scenario s, double hours) =>
        Machine(s).RecordHours(Assistant.By(new HoursReading(hours, Clock.GetUtcNow())));

    private static MaintenanceLine Line(MachineView machine, string task) => machine.Maintenance.Single(l => l.Task == task);

    private async Task<TicketView?> Find(string id)
    {
        try
        {
            return await fixture.Grains.GetGrain<ITicketGrain>(id).Get();
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>Moves the clock forward to the hour of a local day (the clock never goes back).</summary>
    private static void MoveTo(DateOnly day, int hour = 10)
    {
        var at = Calendar.StartOf(day).AddHours(hour);
        Assert.True(at > Clock.GetUtcNow(), $"The test clock is already past {at}.");
        Clock.SetUtcNow(at);
    }

    /// <summary>A dispatched planned ticket walked to its filed report (R-TKT-5..10), as Scenario walks any ticket.</summary>
    private static async Task FileReport(Scenario s, string id)
    {
        var t = s.Ticket(id);
        await t.RecordArrival(s.Engineer.By(new Arrival()));
        await Scenario.Attach(t, s.Engineer, AttachmentKind.Photo);
        await t.RecordSiteFindings(s.Engineer.By(Scenario.Findings(id)));
        await t.Resolve(s.Engineer.By(new Resolution("serviced as planned")));
        await t.SubmitReport(s.Engineer.By(new ReportDraft("planned service done", [])));
        await t.SignReport(Customer(s.CustomerId).By(new ReportSignature("Foreman Liu", false, null)));
        await t.ReviewReport(Manager.By(new ReportReview(true, "good")));
        var (scan, _) = await Scenario.Attach(t, Assistant, AttachmentKind.Scan);
        var filed = await t.FileReport(Assistant.By(new ReportFiling(scan)));
        Assert.Equal(TicketStatus.ReportFiled, filed.Status);
    }
}
