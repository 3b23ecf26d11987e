using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Maintenance;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Grains.Sla;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Maintenance;

/// <summary>The maintenance watch itself (every 0.2 s here) wakes a machine whose due point has come (R-PM-2).</summary>
public sealed class MaintenanceWatchTests(MaintenanceWatchCluster fixture) : IClassFixture<MaintenanceWatchCluster>
{
    [Fact]
    public async Task R_PM_2_the_maintenance_watch_raises_a_due_ticket_by_itself()
    {
        var today = new BusinessCalendar(new BusinessCalendarSettings()).LocalDate(MaintenanceWatchCluster.Clock.GetUtcNow());
        await fixture.Grains.GetGrain<IMaintenancePlanGrain>(nameof(ProductLine.TruckMixer)).Put(TechDept.By(
            new MaintenancePlan([new MaintenanceTask("service", "Monthly service", null, 1, 0)])));
        var s = await new Scenario(fixture.Grains).WithCustomer(today.AddDays(-40));
        var id = $"PM-{s.Serial}-service-1";

        // Nobody wakes the machine here: the watch finds it in the machine list, its due point a week past.
        TicketView? ticket = null;
        for (var waited = 0; ticket is null && waited < 300; waited++)
        {
            await Task.Delay(100);
            try
            {
                ticket = await s.Ticket(id).Get();
            }
            catch (NotFoundException)
            {
                // Not yet raised.
            }
        }

        Assert.NotNull(ticket);
        Assert.Equal((IntakeChannel.PreventiveMaintenance, "service"), (ticket.Channel, ticket.Maintenance?.Task));
        var line = (await fixture.Grains.GetGrain<IMachineGrain>(s.Serial).Get()).Maintenance.Single(l => l.Task == "service");
        Assert.Equal((MaintenanceState.Overdue, id), (line.State, line.TicketId));
    }
}
