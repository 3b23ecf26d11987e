using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.Storage;
using AfterSales.Tests.Cluster;
using Microsoft.Extensions.Logging.Abstractions;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Machines;

/// <summary>Warranty by months or hours, whichever first (R-WTY-4), and the machines' move out of their customers, on a clock of their own.</summary>
public sealed class MachineWarrantyTests(MachinesCluster cluster) : IClassFixture<MachinesCluster>
{
    private static DateTimeOffset Now => MachinesCluster.Clock.GetUtcNow();

    private static DateOnly Today => DateOnly.FromDateTime(Now.ToOffset(ClusterFixture.Beijing).DateTime);

    private IMachineGrain Machine(string serial) => cluster.Grains.GetGrain<IMachineGrain>(serial);

    [Fact]
    public void R_WTY_4_warranty_ends_at_whichever_comes_first_the_months_or_the_hours()
    {
        var commissioned = new DateOnly(2025, 1, 10);
        var at = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var byHours = AfterSales.Grains.Tickets.Warranty.Check(commissioned, new DateOnly(2025, 6, 1), 12, 2000, new MachineHours(2100, at, ReadingSource.Engineer));
        var byMonths = AfterSales.Grains.Tickets.Warranty.Check(commissioned, new DateOnly(2026, 1, 10), 12, 2000, new MachineHours(1500, at, ReadingSource.Engineer));
        var neither = AfterSales.Grains.Tickets.Warranty.Check(commissioned, new DateOnly(2026, 1, 9), 12, 2000, new MachineHours(1999, at, ReadingSource.Engineer));
        var noLimit = AfterSales.Grains.Tickets.Warranty.Check(commissioned, new DateOnly(2025, 6, 1), 12, null, new MachineHours(9000, at, ReadingSource.Engineer));
        // Both passed: the hours were read past the limit before the months ran out, so the hours ended it.
        var both = AfterSales.Grains.Tickets.Warranty.Check(commissioned, new DateOnly(2026, 3, 1), 12, 2000, new MachineHours(2100, at, ReadingSource.Engineer));

        Assert.Equal((WarrantyState.Expired, WarrantyEnd.Hours), (byHours.State, byHours.EndedBy!.Value));
        Assert.Equal((WarrantyState.Expired, WarrantyEnd.Months), (byMonths.State, byMonths.EndedBy!.Value));
        Assert.Equal((WarrantyState.InWarranty, (WarrantyEnd?)null, new DateOnly(2026, 1, 10), 2000d), (neither.State, neither.EndedBy, neither.Until!.Value, neither.UntilHours!.Value));
        Assert.Equal(WarrantyState.InWarranty, noLimit.State);
        Assert.Equal(WarrantyEnd.Hours, both.EndedBy);
        Assert.Equal(WarrantyState.NotStarted, AfterSales.Grains.Tickets.Warranty.Check(null, new DateOnly(2025, 6, 1), 12, 2000).State);
    }

    [Fact]
    public async Task R_WTY_4_a_tickets_warranty_is_judged_at_receipt_with_the_hours_known_then_and_says_which_limit_ended_it()
    {
        var s = await new Scenario(cluster.Grains).WithCustomer(commissionedOn: Today.AddDays(-100));
        await s.WithEngineer();
        var machine = Machine(s.Serial);
        await machine.RecordHours(Assistant.By(new HoursReading(1900, Now)));
        var inWarranty = await s.Open();

        MachinesCluster.Clock.Advance(TimeSpan.FromDays(11));
        await machine.RecordHours(Assistant.By(new HoursReading(2150, Now)));
        var afterTheHours = await s.Open();

        Assert.Equal((WarrantyState.InWarranty, 1900d, 2000d), (inWarranty.Warranty.State, inWarranty.Warranty.HoursKnown!.Value, inWarranty.Warranty.UntilHours!.Value));
        Assert.Equal((WarrantyState.Expired, WarrantyEnd.Hours, 2150d), (afterTheHours.Warranty.State, afterTheHours.Warranty.EndedBy!.Value, afterTheHours.Warranty.HoursKnown!.Value));
        // The first ticket keeps its judgement, though the machine is out of warranty now.
        Assert.Equal(WarrantyState.InWarranty, (await s.Ticket(inWarranty.Id).Get()).Warranty.State);
        var view = await machine.Get();
        Assert.Equal((WarrantyState.Expired, WarrantyEnd.Hours), (view.Warranty.State, view.Warranty.EndedBy!.Value));

        // A warranty-parts request on the ticket out of warranty by hours is refused with R-WTY-4.
        var t = s.Ticket(afterTheHours.Id);
        await t.Classify(Assistant.By(new Classification(TicketCategory.WarrantyClaim, true)));
        await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
        await t.RecordContact(s.Engineer.By(new ContactNote("called")));
        await t.Refused(() => t.RequestWarrantyParts(s.Engineer.By(new WarrantyPartsRequest([new PartLine("P-1", 1)]))), "R-WTY-4");
    }

    [Fact]
    public async Task R_WTY_4_the_months_end_a_warranty_whose_hours_are_within_their_limit()
    {
        var s = await new Scenario(cluster.Grains).WithCustomer(commissionedOn: Today.AddMonths(-13));
        await Machine(s.Serial).RecordHours(Assistant.By(new HoursReading(800, Now)));

        var ticket = await s.Open();

        Assert.Equal((WarrantyState.Expired, WarrantyEnd.Months), (ticket.Warranty.State, ticket.Warranty.EndedBy!.Value));
        Assert.Equal(WarrantyEnd.Months, (await Machine(s.Serial).Get()).Warranty.EndedBy);
    }

    [Fact]
    public async Task R_MCH_1_machines_listed_by_their_customers_before_machines_were_grains_become_machines_once_at_start()
    {
        var customerId = $"C-old-{Guid.NewGuid():N}"[..16];
        var customer = cluster.Grains.GetGrain<ICustomerGrain>(customerId);
        await customer.Register(Assistant.By(new CustomerProfile("老客户 Old customer", "Shandong", City: "Jinan")));
        // As an earlier version kept them: lines of the customer's grain, with no machine grain behind them.
        var old = new Machine($"TM-old-{Guid.NewGuid():N}"[..16], ProductLine.TruckMixer, "HTM1204", Today.AddYears(-2));
        var recent = new Machine($"BP-new-{Guid.NewGuid():N}"[..16], ProductLine.BatchingPlant, "HZS180", Today.AddDays(-5));
        await customer.List(old);
        await customer.List(recent);
        Assert.False(await Machine(old.Serial).Exists());

        var database = cluster.Cluster.Service<SqlDatabase>();
        await database.Write((c, t) => SqlDatabase.Execute(c, t, "DELETE FROM AfterSalesMigration WHERE Name = @Name", ("Name", MachineMove.Name)));
        var move = new MachineMove(cluster.Grains, database, NullLogger<MachineMove>.Instance);
        await move.Execute(CancellationToken.None);
        await move.Execute(CancellationToken.None);

        var moved = await Machine(old.Serial).Get();
        Assert.Equal((customerId, ProductLine.TruckMixer, "HTM1204", old.CommissionedOn), (moved.CustomerId, moved.ProductLine, moved.Model, moved.CommissionedOn));
        Assert.Equal(WarrantyState.Expired, moved.Warranty.State);
        Assert.Equal(recent.CommissionedOn, (await Machine(recent.Serial).Get()).CommissionedOn);
        Assert.Equal([old.Serial, recent.Serial], (await customer.Get()).Machines.Select(m => m.Serial));
        // The existing endpoints keep answering: a ticket names the moved machine.
        var ticket = await cluster.Grains.GetGrain<ITicketGrain>($"T-{Guid.NewGuid():N}"[..14])
            .Open(Assistant.By(new OpenTicket(IntakeChannel.Telephone, customerId, old.Serial, "drum leaks")));
        Assert.Equal(WarrantyStatus.Expired, ticket.Warranty.Status);
        Assert.Single(await cluster.Cluster.Service<AfterSales.Persistence.ReadModels.ReadModel>().Machines(
            new AfterSales.Persistence.ReadModels.MachineFilter(CustomerId: customerId, ProductLine: ProductLine.BatchingPlant), 50, null) is var page ? page.Items : []);
    }
}
