using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Warranty;

[Collection(ClusterCollection.Name)]
public sealed class WarrantyRulesTests(ClusterFixture fixture)
{
    private static readonly WarrantyPartsRequest Seal = new([new PartLine("P-4711", 2)]);

    private async Task<Scenario> Given(int monthsSinceCommissioning) =>
        await (await new Scenario(fixture.Grains).WithCustomer(
            DateOnly.FromDateTime(ClusterFixture.Clock.GetUtcNow().UtcDateTime).AddMonths(-monthsSinceCommissioning))).WithEngineer();

    [Fact]
    public async Task R_WTY_1_warranty_runs_12_months_from_commissioning_and_is_checked_by_phone_first()
    {
        var s = await Given(monthsSinceCommissioning: 6);
        var classified = await s.TicketAt(TicketStatus.Classified);
        Assert.Equal(WarrantyStatus.InWarranty, classified.Warranty.Status);
        Assert.Equal(classified.Warranty.CommissionedOn!.Value.AddMonths(12), classified.Warranty.ExpiresOn);

        var t = s.Ticket(classified.Id);
        await t.Assign(Assistant.By(new Assignment(s.EngineerId)));
        await t.Refused(() => t.RequestWarrantyParts(s.Engineer.By(Seal)), "R-WTY-1");
        await t.RecordContact(s.Engineer.By(new ContactNote("confirmed a warranty problem by phone")));
        var requested = await t.RequestWarrantyParts(s.Engineer.By(Seal));

        Assert.Equal(WarrantyPartsState.PendingApproval, requested.WarrantyParts!.State);
        Assert.Equal(2, requested.WarrantyParts.Parts.Single().Quantity);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(null)]
    public async Task R_WTY_1_no_warranty_parts_after_the_warranty_or_without_a_known_commissioning_date(int? monthsSinceCommissioning)
    {
        var s = monthsSinceCommissioning is { } m
            ? await Given(m)
            : await (await new Scenario(fixture.Grains).WithCustomer(commissionedOn: null)).WithEngineer();
        var view = await s.TicketAt(TicketStatus.Contacted);
        Assert.Equal(m_status(monthsSinceCommissioning), view.Warranty.Status);

        var t = s.Ticket(view.Id);
        await t.Refused(() => t.RequestWarrantyParts(s.Engineer.By(Seal)), "R-WTY-1");

        static WarrantyStatus m_status(int? m) => m is null ? WarrantyStatus.Unknown : WarrantyStatus.Expired;
    }

    [Fact]
    public async Task R_WTY_2_the_assistant_applies_for_warranty_parts_only_after_the_manager_approves()
    {
        var s = await Given(monthsSinceCommissioning: 2);
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);
        await t.RequestWarrantyParts(s.Engineer.By(Seal));

        await t.Refused(() => t.ApplyForWarrantyParts(Assistant.By<string?>(null)), "R-WTY-2");
        await t.Forbidden(() => t.DecideWarrantyParts(Assistant.By(new WarrantyPartsDecision(true, null))), "R-WTY-2");
        await t.Refused(() => t.RequestWarrantyParts(s.Engineer.By(Seal)), "R-WTY-2");
        var approved = await t.DecideWarrantyParts(Manager.By(new WarrantyPartsDecision(true, "ok")));
        Assert.Equal(WarrantyPartsState.Approved, approved.WarrantyParts!.State);

        var applied = await t.ApplyForWarrantyParts(Assistant.By<string?>(null));
        Assert.Equal(WarrantyPartsState.AppliedFor, applied.WarrantyParts!.State);
        Assert.Equal(Assistant.UserId, applied.WarrantyParts.AppliedBy);
    }

    [Fact]
    public async Task R_WTY_2_a_rejected_request_is_not_applied_for()
    {
        var s = await Given(monthsSinceCommissioning: 2);
        var t = s.Ticket((await s.TicketAt(TicketStatus.Contacted)).Id);
        await t.RequestWarrantyParts(Assistant.By(Seal));
        await t.DecideWarrantyParts(Manager.By(new WarrantyPartsDecision(false, "customer damage")));

        await t.Refused(() => t.ApplyForWarrantyParts(Assistant.By<string?>(null)), "R-WTY-2");
    }
}
