using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Warranty;

[Collection(ClusterCollection.Name)]
public sealed class OldPartRulesTests(ClusterFixture fixture)
{
    private static readonly Actor Warehouse = new("warehouse-ma", Role.Warehouse);
    private static readonly Actor Purchasing = new("purchasing-he", Role.Purchasing);

    /// <summary>A ticket whose warranty parts (2 x P-4711, 1 x P-0815) were applied for.</summary>
    private async Task<(ITicketGrain Ticket, TicketView View)> Given()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer(
            DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().UtcDateTime).AddMonths(-3))).WithEngineer();
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);
        await t.RequestWarrantyParts(s.Engineer.By(new WarrantyPartsRequest([new PartLine("P-4711", 2), new PartLine("P-0815", 1)])));
        await t.DecideWarrantyParts(Manager.By(new WarrantyPartsDecision(true)));
        return (t, await t.ApplyForWarrantyParts(Assistant.By<string?>(null)));
    }

    private static Command<OldPartCommand<OldPartReturn>> Return(Actor by, string partNo, ReturnedBy returnedBy = ReturnedBy.Engineer) =>
        by.By(new OldPartCommand<OldPartReturn>(partNo, new OldPartReturn(returnedBy)));

    private static Command<OldPartCommand<OldPartDisposition>> Disposition(Actor by, string partNo, DispositionKind kind) =>
        by.By(new OldPartCommand<OldPartDisposition>(partNo, new OldPartDisposition(kind, "seal lip torn: supplier defect")));

    [Fact]
    public async Task R_WTY_3_every_part_replaced_under_warranty_is_expected_back_within_30_days()
    {
        var (_, applied) = await Given();

        Assert.Equal(["P-4711", "P-0815"], applied.OldParts.Select(p => p.PartNo));
        Assert.All(applied.OldParts, p => Assert.Equal(OldPartState.Expected, p.State));
        Assert.All(applied.OldParts, p => Assert.Equal(applied.WarrantyParts!.AppliedAt!.Value.AddDays(30), p.DueAt));
    }

    [Fact]
    public async Task R_WTY_3_the_warehouse_receives_the_old_part_once_from_the_engineer_or_the_customer()
    {
        var (t, _) = await Given();

        await t.Forbidden(() => t.ReturnOldPart(Return(Assistant, "P-4711")), "R-WTY-3");
        await Assert.ThrowsAsync<NotFoundException>(() => t.ReturnOldPart(Return(Warehouse, "P-9999")));
        var returned = await t.ReturnOldPart(Return(Warehouse, "P-4711", ReturnedBy.Customer));
        await t.Refused(() => t.ReturnOldPart(Return(Warehouse, "P-4711")), "R-WTY-3");

        var part = returned.OldParts.Single(p => p.PartNo == "P-4711");
        Assert.Equal((OldPartState.Returned, ReturnedBy.Customer, Warehouse.UserId), (part.State, part.ReturnedBy, part.ReceivedBy));
    }

    [Fact]
    public async Task R_WTY_3_a_returned_part_gets_a_QC_check_by_quality_or_a_warranty_claim_by_purchasing()
    {
        var (t, _) = await Given();

        await t.Refused(() => t.DispositionOldPart(Disposition(Quality, "P-4711", DispositionKind.QcCheck)), "R-WTY-3");
        await t.ReturnOldPart(Return(Warehouse, "P-4711"));
        await t.ReturnOldPart(Return(Warehouse, "P-0815"));
        await t.Forbidden(() => t.DispositionOldPart(Disposition(Purchasing, "P-4711", DispositionKind.QcCheck)), "R-WTY-3");
        await t.Forbidden(() => t.DispositionOldPart(Disposition(Quality, "P-0815", DispositionKind.WarrantyClaim)), "R-WTY-3");

        await t.DispositionOldPart(Disposition(Quality, "P-4711", DispositionKind.QcCheck));
        var claimed = await t.DispositionOldPart(Disposition(Purchasing, "P-0815", DispositionKind.WarrantyClaim));

        Assert.All(claimed.OldParts, p => Assert.Equal(OldPartState.Dispositioned, p.State));
        Assert.Equal(DispositionKind.WarrantyClaim, claimed.OldParts.Single(p => p.PartNo == "P-0815").Disposition);
    }

    [Fact]
    public async Task R_WTY_3_an_old_part_not_back_in_time_is_overdue_until_it_is_returned()
    {
        var (t, view) = await Given();
        Task<List<OverdueOldPart>> Overdue() => fixture.ReadModel.OverdueOldParts(ClusterFixture.Clock.GetUtcNow());
        Assert.DoesNotContain(await Overdue(), o => o.TicketId == view.Id);

        ClusterFixture.Clock.Advance(TimeSpan.FromDays(32));
        await t.ReturnOldPart(Return(Warehouse, "P-0815"));
        var overdue = (await Overdue()).Where(o => o.TicketId == view.Id).ToList();

        var late = Assert.Single(overdue);
        Assert.Equal(("P-4711", 2, view.CustomerId, 2), (late.PartNo, late.Quantity, late.CustomerId, late.DaysOverdue));
        var back = await t.ReturnOldPart(Return(Warehouse, "P-4711"));
        Assert.Contains("late", back.History[^1].Detail);
        Assert.DoesNotContain(await Overdue(), o => o.TicketId == view.Id);
    }
}
