using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Api;
using AfterSales.Tests.Durability;
using Microsoft.Playwright;

namespace AfterSales.Tests.Browser;

/// <summary>
/// The web app in a real browser against the real silo process, through its pages only: the assistant classifies and
/// assigns a fax from the work queue (Chinese), the engineer records the contact on a phone-sized window, the manager's
/// dispatch before a phone attempt shows its rule (English). Screenshots in tests/TestResults/screenshots/.
/// </summary>
public sealed class WebAppBrowserTests : IDisposable
{
    private readonly SiloData _data = new("webapp");

    [Fact]
    public async Task A_fax_is_classified_and_assigned_at_the_desk_contacted_on_a_phone_and_a_refused_dispatch_shows_its_rule()
    {
        await using var silo = await SiloProcess.Start(_data.Settings());
        await silo.Explain(async () =>
        {
            var world = new ProcessWorld(silo);
            await world.Seed();
            var ticket = await world.Assistant.Post("/api/tickets", world.NewTicket).Ok<GrainInterfaces.Tickets.TicketView>(System.Net.HttpStatusCode.Created);
            await using var chromium = await Chromium.Start();

            // The assistant, in Chinese, from the work queue to the ticket page.
            var desk = await chromium.Context.NewPageAsync();
            await desk.SetViewportSizeAsync(1440, 900);
            await DashboardBrowserTests.SignIn(desk, silo, ProcessWorld.Token(Role.ServiceAssistant, "assistant-li"), "/app?lang=zh");
            Assert.Contains("待分类", await desk.InnerTextAsync("main"));
            await desk.ClickAsync("a[href='/app?status=Received']");
            await desk.ClickAsync($"a[href='/app/tickets/{ticket.Id}']");
            await desk.SelectOptionAsync("#Classify-category", "Breakdown");
            await desk.ClickAsync("form:has(#Classify-category) button[type=submit]");
            Assert.Contains("已完成：分类", await desk.InnerTextAsync("main"));
            await desk.FillAsync("#Assign-engineerId", "E-1");
            await desk.ClickAsync("form:has(#Assign-engineerId) button[type=submit]");
            Assert.Contains("已完成：指派工程师", await desk.InnerTextAsync("main"));
            await desk.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardBrowserTests.Screenshots, "app-ticket-desk-zh-1440.png"), FullPage = true });

            // The engineer, on a phone: only the engineer's commands, and the page fits the screen.
            await chromium.Context.ClearCookiesAsync();
            var phone = await chromium.Context.NewPageAsync();
            await phone.SetViewportSizeAsync(390, 844);
            await DashboardBrowserTests.SignIn(phone, silo, ProcessWorld.Token(Role.ServiceEngineer, "E-1"), $"/app/tickets/{ticket.Id}?lang=zh");
            Assert.Equal(0, await phone.Locator("#Classify-category").CountAsync());
            await phone.FillAsync("#RecordContact-notes", "已电话联系用户");
            await phone.ClickAsync("form:has(#RecordContact-notes) button[type=submit]");
            Assert.Contains("已完成：记录联系", await phone.InnerTextAsync("main"));
            Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");
            await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardBrowserTests.Screenshots, "app-ticket-engineer-zh-390.png"), FullPage = true });

            // The manager, in English: a dispatch before a phone attempt is refused, and the page says by which rule.
            await chromium.Context.ClearCookiesAsync();
            var manager = await chromium.Context.NewPageAsync();
            await DashboardBrowserTests.SignIn(manager, silo, ProcessWorld.Token(Role.ServiceManager, "manager-wang"), $"/app/tickets/{ticket.Id}?lang=en");
            await manager.FillAsync("#Dispatch-engineerId", "E-1");
            await manager.ClickAsync("form:has(#Dispatch-engineerId) button[type=submit]");
            var alert = await manager.InnerTextAsync("[role=alert]");
            Assert.Contains("R-TKT-4", alert);
            Assert.Contains("Refused by rule", alert);
            await manager.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardBrowserTests.Screenshots, "app-ticket-refused-en-1440.png"), FullPage = true });
            return true;
        });
    }

    public void Dispose() => _data.Dispose();
}
