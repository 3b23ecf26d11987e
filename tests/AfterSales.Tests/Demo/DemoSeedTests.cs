using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Reporting;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Tickets;
using AfterSales.Silo.Api;
using AfterSales.Seeder;
using AfterSales.Persistence.ReadModels;
using AfterSales.Tests.Cluster;
using Orleans.Storage;
using Xunit.Abstractions;

namespace AfterSales.Tests.Demo;

/// <summary>seed-demo at a reduced size, checked through the reports a new user sees on the dashboard.</summary>
public sealed class DemoSeedTests(DemoCluster demo, ITestOutputHelper output) : IClassFixture<DemoCluster>
{
    [Fact]
    public async Task The_demo_year_goes_through_the_rules_and_fills_the_reports()
    {
        var summary = await demo.Seeded;
        output.WriteLine($"seeded {summary.Tickets} tickets in {summary.Elapsed.TotalSeconds:0.0} s (tickets {summary.TicketTime.TotalSeconds:0.0} s)");
        var size = DemoCluster.Size;

        // Every command was accepted by the grains' rules, and the progress bar filled.
        Assert.Empty(summary.Errors);
        Assert.Equal(size.Tickets, summary.Tickets);
        Assert.True(summary.Closed > summary.Tickets * 0.8, $"{summary.Closed} closed");
        Assert.InRange(summary.Open, 1, summary.Tickets / 10);
        Assert.All(demo.Progress.Phases.Values, p => Assert.Equal(p.Total, p.Done));
        Assert.True(await DemoSeeder.AlreadySeeded(demo.Grains));

        // Each of the demo's people has an account with the one printed password; an engineer's is that engineer.
        var accounts = AccountSeeding.Staff.Count + size.Engineers + size.Stations + Math.Min(size.Customers, AccountSeeding.CustomersWithAccounts);
        Assert.Equal(accounts, summary.Accounts);
        var assistant = await demo.Grains.GetGrain<IUserAccountGrain>("assistant").SignIn(new PasswordAttempt(summary.Password, null));
        Assert.Equal((SignInOutcome.SignedIn, Role.ServiceAssistant), (assistant.Outcome, assistant.Identity!.Role));
        var engineer = await demo.Grains.GetGrain<IUserAccountGrain>("engineer-001").SignIn(new PasswordAttempt(summary.Password, null));
        Assert.Equal("E-demo-001", engineer.Identity!.Subject);
        Assert.NotNull((await demo.Grains.GetGrain<IUserAccountGrain>("customer-001").Get())!.CustomerId);
        Assert.Equal(SignInOutcome.EnrolmentRequired, (await demo.Grains.GetGrain<IUserAccountGrain>("manager").SignIn(new PasswordAttempt(summary.Password, null))).Outcome);

        // The tickets of the months add up to the tickets seeded, in the months they were received.
        var reports = new ReportQueries(demo.Cluster.Service<ReadModel>(), demo.Grains, TimeProvider.System, DemoCluster.Calendar);
        var from = reports.Today.AddYears(-1).AddDays(1);
        var months = await reports.ResponseTimes(from, reports.Today, Bucket.Month, new ReportFilter());
        Assert.Equal(size.Tickets, months.Sum(m => m.Tickets));
        Assert.True(months.Count(m => m.Tickets > 0) >= 12);
        Assert.Contains(months, m => m.Breaches > 0);
        Assert.True(months.Count(m => m.FirstResponseP50Hours <= 2) >= 9, "R-TKT-3: first contact mostly within 2 business hours");

        // R-SAT-2: the months planned to go badly are under the 95% target, the year as a whole is not.
        var satisfaction = await reports.Satisfaction(from, reports.Today, new ReportFilter(), SatisfactionGrouping.None);
        output.WriteLine(string.Join("\n", satisfaction));
        var under = satisfaction.Where(r => r.BelowTarget).Select(r => r.Period).ToList();
        Assert.NotEmpty(under);
        Assert.Subset(summary.BadMonths.ToHashSet(), under.Intersect(summary.BadMonths).ToHashSet());
        Assert.True(under.Count <= summary.BadMonths.Count + 3, $"under target: {string.Join(", ", under)}");
        Assert.True(satisfaction.Sum(r => r.Satisfied) >= 0.9 * satisfaction.Sum(r => r.Responses));
    }

    [Fact]
    public async Task Closed_demo_tickets_carry_the_customer_confirmation_with_a_rating()
    {
        await demo.Seeded;
        var closed = (await demo.Cluster.Service<ReadModel>().Tickets(new TicketFilter(Status: TicketStatus.Closed), 60, null)).Items;
        Assert.NotEmpty(closed);
        foreach (var summary in closed)
        {
            var ticket = await demo.Grains.GetGrain<ITicketGrain>(summary.Id).Get();
            Assert.True(ticket.Confirmations[^1].Solved);
            Assert.InRange(ticket.Confirmations[^1].Rating ?? 0, 1, 5);
            Assert.NotNull(ticket.Report?.ScanRef);

            // R-TKT-12: the history is in time order, every event at its historic time, none in the future.
            Assert.Equal(ticket.History.OrderBy(h => h.At).Select(h => h.At), ticket.History.Select(h => h.At));
            Assert.True(ticket.History[^1].At <= DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task R_MCH_2_demo_machines_have_a_year_of_weekly_hours_and_engineers_read_them_on_arrival()
    {
        await demo.Seeded;
        var readModel = demo.Cluster.Service<ReadModel>();
        var machines = (await readModel.Machines(new MachineFilter(), 200, null)).Items;
        var read = machines.Where(m => m.Hours is not null).ToList();
        Assert.True(read.Count > machines.Count / 2, $"{read.Count} of {machines.Count} machines have hours");
        foreach (var machine in read.Take(20))
        {
            // Weekly, never backwards: the newest first, each below the one after it.
            var lines = (await readModel.Readings(machine.Serial, 200, null)).Items;
            Assert.True(lines.Count >= 2, machine.Serial);
            Assert.Equal(lines.Select(l => l.Hours).OrderByDescending(h => h), lines.Select(l => l.Hours));
            var view = await demo.Grains.GetGrain<IMachineGrain>(machine.Serial).Get();
            Assert.True(view.AverageHoursPerDay > 0, $"{machine.Serial} {view.Hours} {view.CommissionedOn} {string.Join(",", lines.Select(l => $"{l.ReadAt:yyyy-MM-dd}:{l.Hours:0.0}"))}");
        }

        // R-PM-1, R-CMP-1: the lines' plans and a campaign, which the service raises due work of once it runs.
        foreach (var line in Enum.GetValues<ProductLine>())
        {
            Assert.NotEmpty((await demo.Grains.GetGrain<AfterSales.GrainInterfaces.Maintenance.IMaintenancePlanGrain>(line.ToString()).Get()).Tasks);
        }

        Assert.Equal(ProductLine.TruckMixer, (await demo.Grains.GetGrain<AfterSales.GrainInterfaces.Campaigns.ICampaignGrain>(PlanSeeding.CampaignId).Get()).ProductLine);

        // R-MCH-3: a site visit read the hours on arrival.
        var visited = (await readModel.Tickets(new TicketFilter(Status: TicketStatus.Closed), 200, null)).Items;
        var arrivals = await Task.WhenAll(visited.Select(async t => (await demo.Grains.GetGrain<ITicketGrain>(t.Id).Get()).ArrivalHours));
        Assert.Contains(arrivals, h => h > 0);
    }

    [Fact]
    public async Task The_seed_writes_every_ticket_to_the_durable_storage_at_the_flush_and_not_before()
    {
        await demo.Seeded;
        Assert.Equal(DemoCluster.Size.Tickets, demo.DurableBeforeFlush.Count);
        Assert.DoesNotContain(true, demo.DurableBeforeFlush.Values);

        // Tickets, customers, engineers, stations, surveys: each grain's final state, written once.
        Assert.True(demo.PendingAtFlush > DemoCluster.Size.Tickets + DemoCluster.Size.Customers, $"{demo.PendingAtFlush} held");
        Assert.Equal(0, demo.Buffer.Pending);
        foreach (var id in demo.DurableBeforeFlush.Keys)
        {
            var durable = await demo.DurableTicket(id);
            var view = await demo.Grains.GetGrain<ITicketGrain>(id).Get();
            Assert.True(durable.RecordExists, id);
            Assert.Equal(view.Status, durable.State!.Status);
            Assert.Equal(view.History.Count, durable.State!.History.Count);
        }
    }

    [Fact]
    public async Task After_the_flush_the_buffer_writes_through_and_refuses_a_stale_write()
    {
        await demo.Seeded;
        var id = GrainId.Create("seedtest", Guid.NewGuid().ToString("N"));
        await demo.Buffer.WriteStateAsync("ticket", id, new GrainState<TicketState>(new TicketState { Description = "after the flush" }));
        Assert.Equal("after the flush", (await Durable(id)).State!.Description);

        var stale = new GrainState<TicketState>(new TicketState { Description = "from a stale activation" });
        await Assert.ThrowsAsync<InconsistentStateException>(() => demo.Buffer.WriteStateAsync("ticket", id, stale));
        Assert.Equal("after the flush", (await Durable(id)).State!.Description);
    }

    private async Task<GrainState<TicketState>> Durable(GrainId id)
    {
        var state = new GrainState<TicketState>();
        await demo.DurableStorage.ReadStateAsync("ticket", id, state);
        return state;
    }
}
