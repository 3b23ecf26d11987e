using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Stations;

[Collection(ClusterCollection.Name)]
public sealed class StationRoutingTests(ClusterFixture fixture)
{
    private static DateOnly Today => StationWorld.Today;

    [Fact]
    public async Task R_STN_1_a_ticket_from_a_customer_in_the_area_for_the_product_line_is_routed_to_the_station()
    {
        var w = new StationWorld(fixture.Grains);
        var station = w.StationId("jinan");
        await w.Register(station, [w.Region("Shandong")], Today.AddDays(-30), Today.AddDays(30));
        // The region is matched without case or extra whitespace.
        var customer = await w.Customer($"  {w.Region("Shandong").ToUpperInvariant()} ");

        var ticket = await w.Open(customer);

        Assert.Equal(station, ticket.StationId);
        Assert.Contains($"routed to service station {station} (R-STN-1)", ticket.History[^1].Detail);
        // The after-sales department keeps working on it.
        var classified = await w.Ticket(ticket.Id).Classify(Assistant.By(new Classification(TicketCategory.Breakdown, false)));
        Assert.Equal(station, classified.StationId);
    }

    [Fact]
    public async Task R_STN_1_a_ticket_outside_the_area_the_product_line_or_the_validity_is_not_routed()
    {
        var w = new StationWorld(fixture.Grains);
        await w.Register(w.StationId("current"), [w.Region("Shandong")], Today.AddDays(-30), Today.AddDays(30));
        await w.Register(w.StationId("future"), [w.Region("Hebei")], Today.AddDays(1), Today.AddDays(400));
        await w.Register(w.StationId("expired"), [w.Region("Henan")], Today.AddDays(-400), Today.AddDays(-1));

        var otherRegion = await w.Open(await w.Customer(w.Region("Jiangsu")));
        var otherLine = await w.Open(await w.Customer(w.Region("Shandong"), ProductLine.BatchingPlant));
        var notYetValid = await w.Open(await w.Customer(w.Region("Hebei")));
        var noLongerValid = await w.Open(await w.Customer(w.Region("Henan")));

        Assert.All([otherRegion, otherLine, notYetValid, noLongerValid], t => Assert.Null(t.StationId));
        Assert.DoesNotContain("routed", noLongerValid.History[^1].Detail);
    }

    [Fact]
    public async Task R_STN_1_a_station_opens_tickets_only_in_its_contracted_area()
    {
        var w = new StationWorld(fixture.Grains);
        var (mine, other) = (w.StationId("mine"), w.StationId("other"));
        await w.Register(mine, [w.Region("Shandong")], Today.AddDays(-1), Today.AddDays(1));
        await w.Register(other, [w.Region("Hebei")], Today.AddDays(-1), Today.AddDays(1));

        var own = await w.Open(await w.Customer(w.Region("Shandong")), StationWorld.Station(mine));
        Assert.Equal(mine, own.StationId);
        Assert.Equal(StationWorld.Station(mine).UserId, own.ReceivedBy);

        foreach (var customer in new[] { await w.Customer(w.Region("Hebei")), await w.Customer(w.Region("Jiangsu")) })
        {
            var ticket = w.Ticket($"T-{Guid.NewGuid():N}"[..14]);
            var refusal = await Assert.ThrowsAsync<RuleViolationException>(() => ticket.Open(StationWorld.Station(mine).By(
                new OpenTicket(IntakeChannel.Telephone, customer, $"M-{customer}", "noise"))));
            Assert.Equal("R-STN-1", refusal.RuleId);
            await Assert.ThrowsAsync<NotFoundException>(() => ticket.Get());
        }
    }

    [Fact]
    public async Task R_STN_1_an_agreement_is_registered_by_the_service_manager_with_a_name_regions_product_lines_and_a_valid_period()
    {
        var w = new StationWorld(fixture.Grains);
        var id = w.StationId("checked");
        var station = w.StationGrain(id);
        var region = w.Region("Shandong");

        var forbidden = await Assert.ThrowsAsync<ForbiddenException>(() => w.Register(id, [region], Today, Today, by: Assistant));
        Assert.Equal("R-STN-1", forbidden.RuleId);
        var cases = new (StationAgreement Agreement, string Field)[]
        {
            (new(" ", [region], [ProductLine.TruckMixer], Today, Today), "name"),
            (new("x", [" "], [ProductLine.TruckMixer], Today, Today), "regions"),
            (new("x", ["a|b"], [ProductLine.TruckMixer], Today, Today), "regions"),
            (new("x", [region], [], Today, Today), "productLines"),
            (new("x", [region], [ProductLine.TruckMixer], Today, Today.AddDays(-1)), "validTo"),
        };
        foreach (var (agreement, field) in cases)
        {
            var invalid = await Assert.ThrowsAsync<InvalidInputException>(() => station.Register(Manager.By(agreement)));
            Assert.Equal(field, invalid.Field);
        }

        await Assert.ThrowsAsync<NotFoundException>(() => station.Get());
        Assert.Empty(await w.Coverage(region, ProductLine.TruckMixer).Get());

        var registered = await w.Register(id, [region, $" {region} ", w.Region("Hebei")], Today, Today.AddYears(1),
            [ProductLine.TruckMixer, ProductLine.RecyclingPlant, ProductLine.TruckMixer], key: "stn-1");
        Assert.Equal([region, w.Region("Hebei")], registered.Regions);
        Assert.Equal([ProductLine.TruckMixer, ProductLine.RecyclingPlant], registered.ProductLines);
        Assert.Equal(Manager.UserId, registered.RegisteredBy);
        Assert.Equivalent(registered, await station.Get(), strict: true);
        Assert.Equivalent(registered, await w.Register(id, [region, $" {region} ", w.Region("Hebei")], Today, Today.AddYears(1),
            [ProductLine.TruckMixer, ProductLine.RecyclingPlant, ProductLine.TruckMixer], key: "stn-1"), strict: true);
        var reused = await Assert.ThrowsAsync<RuleViolationException>(() => w.Register(id, [region], Today, Today.AddYears(1), key: "stn-1"));
        Assert.Equal(RuleIds.IdempotencyKeyReused, reused.RuleId);
        var exists = await Assert.ThrowsAsync<RuleViolationException>(() => w.Register(id, [region], Today, Today.AddYears(1)));
        Assert.Equal(RuleIds.IdExists, exists.RuleId);
        Assert.Equal([new CoverageClaim(id, Today, Today.AddYears(1))], await w.Coverage(w.Region("Hebei"), ProductLine.RecyclingPlant).Get());
    }
}
