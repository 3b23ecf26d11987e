using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;

namespace AfterSales.Tests.Tickets;

/// <summary>docs/api.md "Lists": lists page by keyset, newest received first, then by id; every row once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TicketPagingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Every_ticket_is_on_exactly_one_page_while_tickets_are_being_added()
    {
        var s = await new Scenario(fixture.Grains).WithCustomer();
        var before = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            before.Add((await s.Open()).Id);
            if (i % 7 == 0)
            {
                ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
            }
        }

        // Between every two pages, tickets arrive (newer, and some at the same instant as the page's last one).
        var seen = new List<TicketSummary>();
        var added = 0;
        string? cursor = null;
        do
        {
            var page = await fixture.ReadModel.Tickets(new TicketFilter(CustomerId: s.CustomerId), 7, cursor);
            Assert.InRange(page.Items.Count, 0, 7);
            seen.AddRange(page.Items);
            cursor = page.Next;
            await Task.WhenAll(s.Open(), s.Open());
            added += 2;
        }
        while (cursor is not null);

        Assert.True(added >= 16);
        Assert.Equal(seen.Count, seen.Select(t => t.Id).Distinct().Count());
        Assert.Superset(before.ToHashSet(), seen.Select(t => t.Id).ToHashSet());
        Assert.Equal(seen.OrderByDescending(t => t.ReceivedAt).ThenByDescending(t => t.Id, StringComparer.Ordinal).Select(t => t.Id), seen.Select(t => t.Id));
    }
}
