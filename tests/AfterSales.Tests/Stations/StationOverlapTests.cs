using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Stations;
using AfterSales.Tests.Cluster;

namespace AfterSales.Tests.Stations;

[Collection(ClusterCollection.Name)]
public sealed class StationOverlapTests(ClusterFixture fixture)
{
    private static DateOnly Today => StationWorld.Today;

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", "2026-12-31", "2027-12-31", true)]
    [InlineData("2026-01-01", "2026-12-31", "2027-01-01", "2027-12-31", false)]
    [InlineData("2026-03-01", "2026-03-31", "2026-01-01", "2026-12-31", true)]
    [InlineData("2026-03-01", "2026-03-01", "2026-03-01", "2026-03-01", true)]
    [InlineData("2027-01-01", "2027-12-31", "2026-01-01", "2026-12-31", false)]
    public void R_STN_2_validity_periods_overlap_unless_one_ends_before_the_other_starts(string from1, string to1, string from2, string to2, bool overlap)
    {
        var a = new CoverageClaim("A", DateOnly.Parse(from1), DateOnly.Parse(to1));
        var b = new CoverageClaim("B", DateOnly.Parse(from2), DateOnly.Parse(to2));

        Assert.Equal(overlap, a.Overlaps(b));
        Assert.Equal(overlap, b.Overlaps(a));
    }

    [Fact]
    public async Task R_STN_2_an_agreement_overlapping_another_stations_region_and_product_line_is_refused_and_nothing_changes()
    {
        var w = new StationWorld(fixture.Grains);
        var (first, second) = (w.StationId("first"), w.StationId("second"));
        var shared = w.Region("Shandong");
        await w.Register(first, [shared], Today.AddDays(-10), Today.AddDays(300));

        var refusal = await Assert.ThrowsAsync<RuleViolationException>(() => w.Register(
            second, [w.Region("Hebei"), $" {shared.ToUpperInvariant()}"], Today.AddDays(200), Today.AddDays(600),
            [ProductLine.BatchingPlant, ProductLine.TruckMixer]));

        Assert.Equal("R-STN-2", refusal.RuleId);
        Assert.Contains(first, refusal.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => w.StationGrain(second).Get());
        Assert.Equal([first], (await w.Coverage(shared, ProductLine.TruckMixer).Get()).Select(c => c.StationId));
        Assert.Empty(await w.Coverage(shared, ProductLine.BatchingPlant).Get());
        Assert.Empty(await w.Coverage(w.Region("Hebei"), ProductLine.TruckMixer).Get());
        Assert.Equal(first, (await w.Open(await w.Customer(shared))).StationId);
    }

    [Fact]
    public async Task R_STN_2_adjacent_validity_periods_and_other_product_lines_are_allowed()
    {
        var w = new StationWorld(fixture.Grains);
        var region = w.Region("Shandong");
        var (now, next, plants) = (w.StationId("now"), w.StationId("next"), w.StationId("plants"));

        await w.Register(now, [region], Today.AddDays(-10), Today);
        await w.Register(next, [region], Today.AddDays(1), Today.AddDays(365));
        await w.Register(plants, [region], Today.AddDays(-10), Today.AddDays(365), [ProductLine.BatchingPlant]);

        Assert.Equal([now, next], (await w.Coverage(region, ProductLine.TruckMixer).Get()).Select(c => c.StationId));
        Assert.Equal(now, (await w.Open(await w.Customer(region))).StationId);
        Assert.Equal(plants, (await w.Open(await w.Customer(region, ProductLine.BatchingPlant))).StationId);
    }

    [Fact]
    public async Task R_STN_2_of_concurrent_registrations_for_the_same_region_and_product_line_exactly_one_wins()
    {
        for (var round = 0; round < 5; round++)
        {
            var w = new StationWorld(fixture.Grains);
            var (sharedA, sharedB) = (w.Region("A-shared"), w.Region("Z-shared"));
            var ids = Enumerable.Range(0, 6).Select(i => w.StationId($"racer{i}")).ToArray();

            // Each racer lists the shared regions in another order, with a region of its own before, between or after them.
            var outcomes = await Task.WhenAll(ids.Select(async (id, i) =>
            {
                string[] regions = (i % 3) switch
                {
                    0 => [w.Region($"M-own{i}"), sharedA, sharedB],
                    1 => [sharedB, w.Region($"0-own{i}"), sharedA],
                    _ => [sharedB, sharedA, w.Region($"zz-own{i}")],
                };
                try
                {
                    await w.Register(id, regions, Today, Today.AddDays(30));
                    return (id, regions, refusal: (string?)null);
                }
                catch (RuleViolationException e)
                {
                    return (id, regions, refusal: e.RuleId);
                }
            }));

            var winner = Assert.Single(outcomes, o => o.refusal is null);
            Assert.All(outcomes.Where(o => o.refusal is not null), o => Assert.Equal("R-STN-2", o.refusal));
            foreach (var shared in new[] { sharedA, sharedB })
            {
                Assert.Equal([winner.id], (await w.Coverage(shared, ProductLine.TruckMixer).Get()).Select(c => c.StationId));
            }

            foreach (var loser in outcomes.Where(o => o.refusal is not null))
            {
                await Assert.ThrowsAsync<NotFoundException>(() => w.StationGrain(loser.id).Get());
                foreach (var region in loser.regions)
                {
                    Assert.DoesNotContain(loser.id, (await w.Coverage(region, ProductLine.TruckMixer).Get()).Select(c => c.StationId));
                }
            }
        }
    }
}
