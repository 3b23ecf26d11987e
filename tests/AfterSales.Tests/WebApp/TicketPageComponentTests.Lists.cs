using AfterSales.Dashboard.App.Pages;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Customers;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.WebApp;

/// <summary>The lists that surface work and the search, as pages: what comes first, what each row says, in Chinese.</summary>
public sealed partial class TicketPageComponentTests
{
    [Fact]
    public async Task The_engineers_start_page_leads_with_the_ticket_on_site_and_names_its_customer_and_time_left()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var onSite = await s.TicketAt(TicketStatus.OnSite);
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var toContact = await s.TicketAt(TicketStatus.Classified);
        await s.Ticket(toContact.Id).Assign(Assistant.By(new Assignment(s.EngineerId)));

        var page = StartPage(s.Engineer, "zh");
        var rows = page.FindAll("table.tickets tbody tr");
        Assert.Equal([onSite.Id, toContact.Id], rows.Select(r => r.GetAttribute("data-ticket")));
        Assert.Contains("Shandong Jianye Concrete", rows[0].TextContent);
        // The region by its Chinese name (the region table), the status as its own badge.
        Assert.Contains("山东", rows[0].TextContent);
        Assert.Equal("已到场", rows[0].QuerySelector("span.badge")!.TextContent);
        // The ticket to contact runs its first-response deadline (R-TKT-3): the row says how long is left, or how long it is missed.
        Assert.Matches("剩 |超时 ", rows[1].TextContent);
        // One page only: no pager.
        Assert.Empty(page.FindAll("nav.pager"));
    }

    [Fact]
    public void A_breach_is_a_badge_of_its_own_beside_the_status_never_glued_to_it()
    {
        Signed(Assistant, "zh");
        var breached = _context.Render<AfterSales.Dashboard.App.Tickets.StatusBadges>(p => p.Add(x => x.Status, TicketStatus.Classified).Add(x => x.Breached, true));
        Assert.Equal(["已分类", "超时"], breached.FindAll("span.badge").Select(b => b.TextContent));
        // Read as text, the two stay two words ("已分类 超时", not "已分类超时").
        Assert.Matches("已分类</span>\\s+<span", breached.Markup);
        Assert.Single(breached.FindAll("span.badge.breach"));

        Signed(Assistant, "en");
        var onTime = _context.Render<AfterSales.Dashboard.App.Tickets.StatusBadges>(p => p.Add(x => x.Status, TicketStatus.Contacted));
        Assert.Equal(["Contacted"], onTime.FindAll("span.badge").Select(b => b.TextContent));
    }

    [Fact]
    public async Task The_search_page_finds_a_ticket_by_id_a_customer_by_part_of_its_Chinese_name_and_a_machine_by_serial()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var ticket = await s.Open();
        var chinese = $"C-zh-{s.CustomerId[2..]}";
        await fixture.Grains.GetGrain<ICustomerGrain>(chinese)
            .Register(Assistant.By(new CustomerProfile($"济宁{s.CustomerId[2..]}鸿运建材有限公司", "Shandong", "+86 537 1234567", null, "Jining")));

        var byId = Search(Assistant, ticket.Id);
        Assert.Contains(ticket.Id, byId.Find("[data-found=ticket]").TextContent);
        Assert.Contains("Shandong Jianye Concrete", byId.Find("[data-found=ticket]").TextContent);

        var byName = Search(Assistant, $"{s.CustomerId[2..]}鸿运");
        Assert.Equal($"/app/customers/{chinese}", byName.Find("[data-found=customers] a").GetAttribute("href"));

        var bySerial = Search(Assistant, s.Serial);
        Assert.Contains(s.Serial, bySerial.Find("[data-found=machines]").TextContent);
        Assert.Empty(bySerial.FindAll("[data-found=ticket]"));

        var nothing = Search(Assistant, "no-such-thing-anywhere");
        Assert.Contains("未找到", nothing.Find("[role=status]").TextContent);

        // A customer finds its own ticket by id, never another's, nor other customers' machines.
        Assert.Empty(Search(People.Customer("C-someone-else"), ticket.Id).FindAll("[data-found]"));
        Assert.Empty(Search(People.Customer("C-someone-else"), s.Serial).FindAll("[data-found]"));
    }

    [Fact]
    public async Task The_customers_list_pages_by_id_fifty_at_a_time_and_the_next_page_holds_the_rest()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ids = Enumerable.Range(0, 52).Select(i => $"C-page-{tag}-{i:D2}").ToList();
        foreach (var id in ids)
        {
            await fixture.Grains.GetGrain<ICustomerGrain>(id).Register(Assistant.By(new CustomerProfile($"翻页{tag}建材{id[^2..]}", "Shandong", null, null, "Jinan")));
        }

        var first = Customers($"/app/customers?q={tag}");
        var next = first.Find("nav.pager a[rel=next]").GetAttribute("href")!;
        var second = Customers(next);
        Assert.Empty(second.FindAll("nav.pager a[rel=next]"));
        Assert.NotNull(second.Find("nav.pager a").GetAttribute("href"));
        Assert.Equal(ids, [.. Rows(first), .. Rows(second)]);
        Assert.Equal(50, Rows(first).Count);

        static List<string> Rows(IRenderedComponent<CustomersPage> page) => [.. page.FindAll("tbody tr td:nth-child(2)").Select(c => c.TextContent)];
    }

    private IRenderedComponent<CustomersPage> Customers(string url)
    {
        _context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(url);
        var http = Signed(Assistant, "zh");
        var page = _context.Render<CustomersPage>(p => p.AddCascadingValue(http));
        page.WaitForState(() => page.FindAll("table, [role=alert]").Count > 0, Loaded);
        return page;
    }

    private IRenderedComponent<SearchPage> Search(Actor caller, string text)
    {
        _context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/app/search?q={Uri.EscapeDataString(text)}");
        var http = Signed(caller, "zh");
        var page = _context.Render<SearchPage>(p => p.AddCascadingValue(http));
        page.WaitForState(() => page.FindAll("[data-found], [role=status], [role=alert]").Count > 0, Loaded);
        return page;
    }
}
