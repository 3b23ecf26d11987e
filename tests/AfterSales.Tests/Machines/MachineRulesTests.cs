using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Machines;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Persistence.ReadModels;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Machines;

/// <summary>The machine as a grain of its own (R-MCH-1), its hours (R-MCH-2, R-MCH-3), on the shared cluster without moving its clock.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MachineRulesTests(ClusterFixture fixture)
{
    private static DateTimeOffset Now => ClusterFixture.Clock.GetUtcNow();

    private static DateOnly Today => DateOnly.FromDateTime(Now.ToOffset(ClusterFixture.Beijing).DateTime);

    private IMachineGrain Machine(string serial) => fixture.Grains.GetGrain<IMachineGrain>(serial);

    /// <summary>A customer with a truck mixer commissioned 30 days ago (so 720 hours may have passed).</summary>
    private Task<Scenario> Given() => new Scenario(fixture.Grains).WithCustomer(commissionedOn: Today.AddDays(-30));

    [Fact]
    public async Task R_MCH_1_a_machine_is_registered_once_by_its_serial_with_its_owner_and_its_customer_lists_it()
    {
        var s = await Given();

        var machine = await Machine(s.Serial).Get();

        Assert.Equal((s.CustomerId, ProductLine.TruckMixer, "HTM1204", Today.AddDays(-30)), (machine.CustomerId, machine.ProductLine, machine.Model, machine.CommissionedOn));
        Assert.Equal([new OwnerRecord(s.CustomerId, Today)], machine.Owners);
        Assert.Single((await fixture.Grains.GetGrain<ICustomerGrain>(s.CustomerId).Get()).Machines, m => m.Serial == s.Serial);

        // Another customer cannot register the same serial: the machine has one owner at a time.
        var other = await new Scenario(fixture.Grains).WithCustomer();
        var otherCustomer = fixture.Grains.GetGrain<ICustomerGrain>(other.CustomerId);
        var refusal = await Assert.ThrowsAsync<RuleViolationException>(() => otherCustomer.AddMachine(Assistant.By(new Machine(s.Serial, ProductLine.TruckMixer, "HTM1204"))));
        Assert.Equal(RuleIds.IdExists, refusal.RuleId);
        Refusals.Said(refusal);
        Assert.DoesNotContain((await otherCustomer.Get()).Machines, m => m.Serial == s.Serial);
        Assert.Equal(s.CustomerId, (await Machine(s.Serial).Get()).CustomerId);
    }

    [Fact]
    public async Task R_MCH_1_a_change_of_owner_is_recorded_with_its_date_and_the_machine_keeps_its_service_history()
    {
        var s = await Given();
        var buyer = await new Scenario(fixture.Grains).WithCustomer();
        var before = await s.Open();

        await Assert.ThrowsAsync<ForbiddenException>(() => Machine(s.Serial).ChangeOwner(Assistant.By(new OwnerChange(buyer.CustomerId, Today))));
        var moved = await Machine(s.Serial).ChangeOwner(Manager.By(new OwnerChange(buyer.CustomerId, Today)));

        Assert.Equal(buyer.CustomerId, moved.CustomerId);
        Assert.Equal([s.CustomerId, buyer.CustomerId], moved.Owners.Select(o => o.CustomerId));
        Assert.DoesNotContain((await fixture.Grains.GetGrain<ICustomerGrain>(s.CustomerId).Get()).Machines, m => m.Serial == s.Serial);
        Assert.Single((await fixture.Grains.GetGrain<ICustomerGrain>(buyer.CustomerId).Get()).Machines, m => m.Serial == s.Serial);

        // The new owner's requests name the machine; the former owner's no longer can; the earlier ticket stays the machine's.
        var after = await fixture.Grains.GetGrain<ITicketGrain>($"T-{Guid.NewGuid():N}"[..14])
            .Open(Assistant.By(new OpenTicket(IntakeChannel.Telephone, buyer.CustomerId, s.Serial, "drum leaks")));
        await Assert.ThrowsAsync<InvalidInputException>(() => s.Open());
        Assert.Equal(new[] { before.Id, after.Id }.Order(), (await fixture.ReadModel.TicketIds(new TicketFilter(), s.Serial)).Order());

        // A date before the last owner's is refused, and so is the owner it has.
        await Assert.ThrowsAsync<InvalidInputException>(() => Machine(s.Serial).ChangeOwner(Manager.By(new OwnerChange(s.CustomerId, Today.AddDays(-1)))));
        Assert.Equal("R-MCH-1", (await Assert.ThrowsAsync<RuleViolationException>(() => Machine(s.Serial).ChangeOwner(Manager.By(new OwnerChange(buyer.CustomerId, Today))))).RuleId);
    }

    [Fact]
    public async Task R_MCH_2_hours_only_go_forward_and_never_faster_than_time()
    {
        var s = await Given();
        var machine = Machine(s.Serial);
        var first = await machine.RecordHours(Assistant.By(new HoursReading(300, Now.AddHours(-10))));
        Assert.Equal(new MachineHours(300, Now.AddHours(-10), ReadingSource.Desk), first.Hours);

        await Refused(machine, () => machine.RecordHours(Assistant.By(new HoursReading(290, Now))), "R-MCH-2");
        // Ten hours later the meter may show at most ten hours more.
        await Refused(machine, () => machine.RecordHours(Assistant.By(new HoursReading(311, Now))), "R-MCH-2");
        var second = await machine.RecordHours(Customer(s.CustomerId).By(new HoursReading(309.5, Now)));

        Assert.Equal(new MachineHours(309.5, Now, ReadingSource.Customer), second.Hours);
        // A reading of earlier, arriving late, fits before the newest one and does not replace it.
        var late = await machine.RecordHours(Assistant.By(new HoursReading(308.5, Now.AddHours(-2))));
        Assert.Equal(309.5, late.Hours!.Value);
        await Refused(machine, () => machine.RecordHours(Assistant.By(new HoursReading(305, Now.AddHours(-2)))), "R-MCH-2");
        var lines = (await fixture.ReadModel.Readings(s.Serial, 50, null)).Items;
        Assert.Equal([309.5, 308.5, 300], lines.Select(l => l.Hours));
    }

    [Fact]
    public async Task R_MCH_2_a_first_reading_may_not_exceed_the_hours_since_commissioning_nor_be_in_the_future()
    {
        var s = await Given();
        var machine = Machine(s.Serial);

        await Refused(machine, () => machine.RecordHours(Assistant.By(new HoursReading(30 * 24 + 50, Now))), "R-MCH-2");
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => machine.RecordHours(Assistant.By(new HoursReading(10, Now.AddHours(1)))));
        Assert.Equal(("R-MCH-2", "readAt"), (refusal.RuleId, refusal.Field));
        Assert.Equal("hours", (await Assert.ThrowsAsync<InvalidInputException>(() => machine.RecordHours(Assistant.By(new HoursReading(-1, Now))))).Field);
        Assert.Null((await machine.Get()).Hours);
    }

    [Fact]
    public async Task R_MCH_2_only_the_service_manager_corrects_a_reading_with_a_reason_and_the_original_is_kept()
    {
        var s = await Given();
        var machine = Machine(s.Serial);
        await machine.RecordHours(Assistant.By(new HoursReading(200, Now.AddHours(-20))));
        await machine.RecordHours(Assistant.By(new HoursReading(215, Now.AddHours(-5))));

        await Assert.ThrowsAsync<ForbiddenException>(() => machine.CorrectHours(Assistant.By(new HoursCorrection(Now.AddHours(-5), 210, "typo"))));
        // Still forward from its neighbour before it.
        await Refused(machine, () => machine.CorrectHours(Manager.By(new HoursCorrection(Now.AddHours(-5), 199, "typo"))), "R-MCH-2");
        await Assert.ThrowsAsync<NotFoundException>(() => machine.CorrectHours(Manager.By(new HoursCorrection(Now.AddHours(-6), 210, "typo"))));
        var corrected = await machine.CorrectHours(Manager.By(new HoursCorrection(Now.AddHours(-5), 210, "meter misread: 210 not 215")));

        Assert.Equal(210, corrected.Hours!.Value);
        var newest = (await fixture.ReadModel.Readings(s.Serial, 50, null)).Items[0];
        Assert.Equal(215, newest.Hours);
        Assert.Equal((210d, "meter misread: 210 not 215", Manager.UserId), (newest.Correction!.Hours, newest.Correction.Reason, newest.Correction.By));
        Assert.Equal(2, (await fixture.ReadModel.Readings(s.Serial, 50, null)).Items.Count);
    }

    [Fact]
    public async Task R_MCH_2_an_engineer_records_hours_only_on_a_ticket_of_the_machine_assigned_to_them()
    {
        var s = await (await Given()).WithEngineer();
        var machine = Machine(s.Serial);
        var ticket = await s.TicketAt(TicketStatus.Contacted);

        await Assert.ThrowsAsync<ForbiddenException>(() => machine.RecordHours(s.Engineer.By(new HoursReading(100, Now))));
        await Assert.ThrowsAsync<ForbiddenException>(() => machine.RecordHours(Engineer("E-someone-else").By(new HoursReading(100, Now, ticket.Id))));
        var read = await machine.RecordHours(s.Engineer.By(new HoursReading(100, Now, ticket.Id)));

        Assert.Equal(ReadingSource.Engineer, read.Hours!.Source);
        Assert.Equal(ticket.Id, (await fixture.ReadModel.Readings(s.Serial, 1, null)).Items[0].TicketId);
    }

    [Fact]
    public async Task R_MCH_3_the_arrival_reads_the_hours_once_the_machine_has_a_reading_and_a_backwards_one_refuses_the_arrival()
    {
        var s = await (await Given()).WithEngineer();
        var machine = Machine(s.Serial);
        var ticket = await s.TicketAt(TicketStatus.Dispatched);
        var t = s.Ticket(ticket.Id);
        await machine.RecordHours(Assistant.By(new HoursReading(400, Now.AddHours(-3))));

        var missing = await Assert.ThrowsAsync<InvalidInputException>(() => t.RecordArrival(s.Engineer.By(new Arrival())));
        Assert.Equal(("R-MCH-3", "hours"), (missing.RuleId, missing.Field));
        Refusals.Said(missing);
        await t.Refused(() => t.RecordArrival(s.Engineer.By(new Arrival(390))), "R-MCH-2");
        Assert.Equal(400, (await machine.Get()).Hours!.Value);

        var arrived = await t.RecordArrival(s.Engineer.By(new Arrival(402.5)));

        Assert.Equal((TicketStatus.OnSite, 402.5), (arrived.Status, arrived.ArrivalHours));
        Assert.Equal(new MachineHours(402.5, arrived.ArrivedAt!.Value, ReadingSource.Engineer), (await machine.Get()).Hours);
    }

    [Fact]
    public async Task R_MCH_3_a_machine_without_a_reading_is_reached_without_one()
    {
        var s = await (await Given()).WithEngineer();
        var ticket = await s.TicketAt(TicketStatus.Dispatched);

        var arrived = await s.Ticket(ticket.Id).RecordArrival(s.Engineer.By(new Arrival()));

        Assert.Equal(TicketStatus.OnSite, arrived.Status);
        Assert.Null((await Machine(s.Serial).Get()).Hours);
    }

    [Fact]
    public async Task Machine_lists_find_a_machine_by_serial_owner_and_line_and_a_customer_only_its_own()
    {
        var s = await Given();
        var other = await new Scenario(fixture.Grains).WithCustomer();

        var byText = await fixture.ReadModel.Machines(new MachineFilter(Text: s.Serial.ToLowerInvariant()), 50, null);
        var byOwner = await fixture.ReadModel.Machines(new MachineFilter(CustomerId: other.CustomerId), 50, null);

        Assert.Equal([s.Serial], byText.Items.Select(m => m.Serial));
        Assert.Equal([other.Serial], byOwner.Items.Select(m => m.Serial));
        await Assert.ThrowsAsync<ForbiddenException>(() => Machine(s.Serial).Read(Customer(other.CustomerId)));
        Assert.Equal(s.Serial, (await Machine(s.Serial).Read(Customer(s.CustomerId))).Serial);
    }

    private static async Task Refused(IMachineGrain machine, Func<Task> command, string ruleId)
    {
        var before = await machine.Get();
        var refusal = await Assert.ThrowsAsync<RuleViolationException>(command);
        Assert.Equal(ruleId, refusal.RuleId);
        Refusals.Said(refusal);
        var after = await machine.Get();
        Assert.Equal((before.Version, before.Hours), (after.Version, after.Hours));
    }
}
