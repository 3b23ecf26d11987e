using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Sla;

/// <summary>The SLA clocks of the ticket grain on the business calendar (Beijing, 08:30-17:30, 2026 holidays), on a fake clock.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SlaClockTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Beijing = ClusterFixture.Beijing;

    private async Task<Scenario> Given(string engineerCity = "Jinan") =>
        await (await new Scenario(fixture.Grains).WithCustomer(city: "Jinan")).WithEngineer(engineerCity);

    private static SlaDeadline Deadline(TicketView t, SlaKind kind, int cycle = 0) => t.Sla.Single(d => d.Kind == kind && d.Cycle == cycle);

    private static DateTimeOffset Local(DateTimeOffset monday, int addDays, int hour, int minute = 0) =>
        new(monday.ToOffset(Beijing).Date.AddDays(addDays).AddHours(hour).AddMinutes(minute), Beijing);

    [Fact]
    public async Task R_TKT_3_R_TKT_5_deadlines_count_business_hours_across_a_weekend()
    {
        var s = await Given();
        var monday = ClusterFixture.MoveToWorkingMonday(9, days: 10);
        ClusterFixture.MoveTo(Local(monday, 4, 16, 30));

        var t = await s.Open();

        // 2 h: Friday 16:30-17:30 and Monday 08:30-09:30. 24 h: 1 + 9 + 9 + 5 = Wednesday 13:30.
        Assert.Equal(Local(monday, 7, 9, 30), Deadline(t, SlaKind.FirstResponse).DueAt);
        Assert.Equal(Local(monday, 9, 13, 30), Deadline(t, SlaKind.TimeToSite).DueAt);
        Assert.All(t.Sla, d => Assert.Equal(SlaState.Running, d.State));
    }

    [Fact]
    public async Task R_TKT_3_the_first_response_deadline_skips_the_national_day_holiday()
    {
        var s = await Given();
        ClusterFixture.MoveTo(new DateTimeOffset(2026, 9, 30, 16, 30, 0, Beijing));

        var t = await s.Open();

        // One hour on 30 September, then 1-7 October are days off: the second hour is on Thursday 8 October.
        Assert.Equal(new DateTimeOffset(2026, 10, 8, 9, 30, 0, Beijing), Deadline(t, SlaKind.FirstResponse).DueAt);
    }

    [Fact]
    public async Task R_TKT_3_waiting_on_the_customer_pauses_the_clock_and_moves_the_deadline()
    {
        var s = await Given();
        var monday = ClusterFixture.MoveToWorkingMonday(9);
        var ticket = s.Ticket((await s.Open()).Id);
        ClusterFixture.Clock.Advance(TimeSpan.FromHours(1));

        var waiting = await ticket.StartCustomerWait(Assistant.By(new CustomerWait("customer asks to call back tomorrow")));
        Assert.Equal(SlaState.Paused, Deadline(waiting, SlaKind.FirstResponse).State);
        await ticket.Refused(() => ticket.StartCustomerWait(Assistant.By(new CustomerWait("again"))), "R-TKT-5");

        ClusterFixture.MoveTo(Local(monday, 1, 10));
        Assert.Equal(SlaState.Paused, Deadline(await ticket.ReviewSla(), SlaKind.FirstResponse).State);
        var resumed = await ticket.EndCustomerWait(Assistant.By<string?>(null));

        // Paused Monday 10:00 to Tuesday 10:00 = 9 business hours: due Monday 11:00 becomes Tuesday 11:00.
        var firstResponse = Deadline(resumed, SlaKind.FirstResponse);
        Assert.Equal(SlaState.Running, firstResponse.State);
        Assert.Equal(TimeSpan.FromHours(9), firstResponse.PausedBusinessTime);
        Assert.Equal(Local(monday, 1, 11), firstResponse.DueAt);
        Assert.Null(resumed.WaitingOnCustomer);
    }

    [Fact]
    public async Task R_TKT_3_a_breach_raises_one_alert_for_the_service_manager_however_often_it_is_reviewed()
    {
        var s = await Given();
        var monday = ClusterFixture.MoveToWorkingMonday(9);
        var view = await s.TicketAt(TicketStatus.Classified);
        var ticket = s.Ticket(view.Id);
        await ticket.Assign(Assistant.By(new Assignment(s.EngineerId)));
        ClusterFixture.MoveTo(Local(monday, 0, 12));

        var reviewed = await ticket.ReviewSla();
        await ticket.ReviewSla();

        var breach = Deadline(reviewed, SlaKind.FirstResponse);
        Assert.Equal(SlaState.Breached, breach.State);
        Assert.Equal(Local(monday, 0, 11), breach.BreachedAt);
        Assert.Equal(1, breach.OverdueHours);
        Assert.Equal(SlaState.Running, Deadline(reviewed, SlaKind.TimeToSite).State);
        Assert.Single(reviewed.History, h => h.Action == nameof(ITicketGrain.ReviewSla));
        var alert = Assert.Single(await AlertsOf(view.Id));
        Assert.Equal((SlaKind.FirstResponse, s.CustomerId, s.EngineerId), (alert.Kind, alert.CustomerId, alert.EngineerId));

        // The late contact stops the overdue count; the breach stays on the record.
        ClusterFixture.Clock.Advance(TimeSpan.FromHours(1));
        var contacted = await ticket.RecordContact(s.Engineer.By(new ContactNote("sorry for the delay")));
        Assert.Equal(SlaState.Breached, Deadline(contacted, SlaKind.FirstResponse).State);
        Assert.Equal(2, Deadline(contacted, SlaKind.FirstResponse).OverdueHours);
        Assert.Single(await AlertsOf(view.Id));

        var listed = await fixture.ReadModel.Tickets(new TicketFilter(CustomerId: s.CustomerId, Breached: true), 50, null);
        Assert.Contains(listed.Items, x => x.Id == view.Id);
    }

    [Fact]
    public async Task R_TKT_3_a_contact_after_the_deadline_is_a_breach_even_before_the_deadline_watch_woke_the_ticket()
    {
        var s = await Given();
        var monday = ClusterFixture.MoveToWorkingMonday(9);
        var ticket = s.Ticket((await s.TicketAt(TicketStatus.Classified)).Id);
        await ticket.Assign(Assistant.By(new Assignment(s.EngineerId)));
        ClusterFixture.MoveTo(Local(monday, 0, 14));

        var contacted = await ticket.RecordContact(s.Engineer.By(new ContactNote(null)));

        Assert.Equal(SlaState.Breached, Deadline(contacted, SlaKind.FirstResponse).State);
        Assert.Equal(3, Deadline(contacted, SlaKind.FirstResponse).OverdueHours);
        Assert.Single(await AlertsOf(contacted.Id));
    }

    [Fact]
    public async Task R_TKT_5_the_time_to_site_target_is_48_hours_when_the_engineer_lives_outside_the_customers_city()
    {
        var s = await Given(engineerCity: "Qingdao");
        var monday = ClusterFixture.MoveToWorkingMonday(9, days: 8);
        var ticket = s.Ticket((await s.TicketAt(TicketStatus.Classified)).Id);
        Assert.Equal(24, Deadline(await ticket.Get(), SlaKind.TimeToSite).TargetHours);

        var assigned = await ticket.Assign(Assistant.By(new Assignment(s.EngineerId)));

        // 48 business hours from Monday 09:00: 8.5 + 9 x 4 = 44.5 by Friday, 3.5 more on the next Monday.
        var toSite = Deadline(assigned, SlaKind.TimeToSite);
        Assert.Equal(48, toSite.TargetHours);
        Assert.Equal(Local(monday, 7, 12), toSite.DueAt);
    }

    [Fact]
    public async Task R_TKT_4_a_problem_solved_by_phone_needs_no_time_to_site()
    {
        var s = await Given();
        var ticket = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);

        var solved = await ticket.RecordPhoneAttempt(s.Engineer.By(new PhoneAttempt(true, null)));

        Assert.Equal(SlaState.NotNeeded, Deadline(solved, SlaKind.TimeToSite).State);
    }

    [Fact]
    public async Task R_TKT_11_a_reopened_ticket_starts_a_new_time_to_site_clock_and_keeps_the_first_ones()
    {
        var s = await Given();
        var filed = await s.TicketAt(TicketStatus.ReportFiled);
        var monday = ClusterFixture.MoveToWorkingMonday(10);

        var reopened = await s.Ticket(filed.Id).Confirm(Assistant.By(new Confirmation(false, 2, "still broken")));

        Assert.Equal(SlaState.Met, Deadline(reopened, SlaKind.TimeToSite, cycle: 0).State);
        Assert.Equal(SlaState.Met, Deadline(reopened, SlaKind.FirstResponse, cycle: 0).State);
        var again = Deadline(reopened, SlaKind.TimeToSite, cycle: 1);
        Assert.Equal(SlaState.Running, again.State);
        Assert.Equal(monday, again.StartedAt);
        Assert.Equal(Local(monday, 2, 16), again.DueAt);
        Assert.DoesNotContain(reopened.Sla, d => d.Kind == SlaKind.FirstResponse && d.Cycle == 1);
    }

    private async Task<List<SlaAlert>> AlertsOf(string ticketId)
    {
        var alerts = new List<SlaAlert>();
        string? cursor = null;
        do
        {
            var page = await fixture.ReadModel.Alerts(openOnly: false, 200, cursor);
            alerts.AddRange(page.Items.Where(a => a.TicketId == ticketId));
            cursor = page.Next;
        }
        while (cursor is not null);

        return alerts;
    }
}
