using AfterSales.Dashboard.Charts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Durability;
using Microsoft.Playwright;

namespace AfterSales.Tests.Browser;

/// <summary>
/// A real browser against the real silo process: sign in at /login with a password, read /dashboard in Chinese
/// and English with every chart loaded, and the Orleans dashboard for operations but not for a customer. Screenshots
/// are kept in tests/TestResults/screenshots/.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DashboardBrowserTests : IDisposable
{
    private readonly SiloData _data = new("browser");

    public static string Screenshots
    {
        get
        {
            // tests/AfterSales.Tests/bin/<Configuration>/net10.0/ -> tests/TestResults/screenshots/
            var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Parent!.Parent!.Parent!.FullName;
            return Directory.CreateDirectory(Path.Combine(tests, "TestResults", "screenshots")).FullName;
        }
    }

    [Fact]
    public async Task A_quality_manager_signs_in_with_a_password_and_reads_the_dashboard_in_chinese_and_english()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            await new DashboardWorld(silo).Seed();
            await using var chromium = await Chromium.Start();
            var page = await chromium.Context.NewPageAsync();

            await Persons.SignIn(page, silo, Role.QualityDepartment, "qa-li", "/dashboard?lang=zh");
            Assert.Equal("/dashboard", new Uri(page.Url).AbsolutePath);
            Assert.Equal("售后服务质量看板", await page.TitleAsync());
            Assert.Contains("本月", await page.InnerTextAsync("main"));
            await ChartsLoaded(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-zh.png"), FullPage = true });

            await page.ClickAsync("header a[hreflang=en]");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal("After-sales service quality", await page.TitleAsync());
            Assert.Contains("This month", await page.InnerTextAsync("main"));
            await ChartsLoaded(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-en.png"), FullPage = true });

            await page.ClickAsync("text=Tickets in this range");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(3, await page.Locator("tbody tr").CountAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-tickets-en.png"), FullPage = true });
            return true;
        });
    }

    [Fact]
    public async Task On_a_390_px_phone_the_dashboard_fits_its_width_in_both_languages_with_one_readable_chart_a_row()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            await new DashboardWorld(silo).Seed();
            await using var chromium = await Chromium.Start();
            var page = await chromium.Context.NewPageAsync();
            await page.SetViewportSizeAsync(390, 900);
            await Persons.SignIn(page, silo, Role.QualityDepartment, "qa-li", "/dashboard?lang=en");
            foreach (var lang in new[] { "en", "zh" })
            {
                await page.GotoAsync(new Uri(silo.Address, $"/dashboard?lang={lang}").ToString());
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await ChartsLoaded(page);
                // Open every table too: what is folded away must fit as well (tables scroll inside their own box).
                foreach (var details in await page.Locator("details").AllAsync())
                {
                    await details.EvaluateAsync("d => d.open = true");
                }

                var wider = await page.EvaluateAsync<string[]>(
                    """
                    () => [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.scroll'))
                      .map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
                    """);
                var (scroll, inner) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
                Assert.True(scroll <= inner, $"{lang}: {scroll} px wide in a window of {inner}: {string.Join(", ", wider.Take(8))}");

                // One chart a row, as wide as the page's column, drawn for a phone (not a desk's chart shrunk).
                var boxes = new List<LocatorBoundingBoxResult>();
                foreach (var figure in await page.Locator(".charts figure").AllAsync())
                {
                    boxes.Add((await figure.BoundingBoxAsync())!);
                }

                Assert.Equal(ChartNames.All.Count, boxes.Count);
                Assert.All(boxes, b => Assert.InRange(b.Width, 340, 390));
                Assert.Equal(boxes.Count, boxes.Select(b => Math.Round(b.Y)).Distinct().Count());
                var sources = await page.Locator(".charts img").EvaluateAllAsync<string[]>("imgs => imgs.map(i => i.currentSrc)");
                Assert.All(sources, s => Assert.Contains("size=phone", s));
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"dashboard-{lang}-390.png"), FullPage = true });
            }

            return true;
        });
    }

    [Fact]
    public async Task The_orleans_dashboard_opens_for_operations_and_answers_a_customer_403()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            await new ProcessWorld(silo).Seed();
            await using var chromium = await Chromium.Start();
            var ops = await chromium.Context.NewPageAsync();
            var answer = await Persons.SignIn(ops, silo, Role.Operations, "ops-ma", "/orleans/");
            Assert.Equal(200, answer.Status);
            await ops.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await ops.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "orleans-operations.png") });
            // The dashboard polls the silo every second: closed before its session ends, so its polls signed out do not
            // run beside the next sign-in.
            await ops.CloseAsync();

            await chromium.Context.ClearCookiesAsync();
            var customer = await chromium.Context.NewPageAsync();
            var refused = await Persons.SignIn(customer, silo, Role.Customer, "cust", "/orleans/", customerId: "C-1");
            Assert.Equal(403, refused.Status);
            // A page, not JSON: which roles may, and a way to sign in as another.
            Assert.Contains("Operations", await customer.InnerTextAsync("main"));
            Assert.Equal(1, await customer.Locator("a[href^='/login?returnUrl=']").CountAsync());
            Assert.Equal(403, (await customer.GotoAsync(new Uri(silo.Address, "/dashboard").ToString()))!.Status);
            await customer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard-customer-403.png") });
            return true;
        });
    }

    [Fact]
    public async Task The_API_reference_opens_at_api_docs_for_a_signed_in_user_and_shows_every_operation()
    {
        await using var silo = await SiloProcess.Start(_data.Settings().PasswordOnly());
        await silo.Explain(async () =>
        {
            await using var chromium = await Chromium.Start();
            var page = await chromium.Context.NewPageAsync();
            var answer = await Persons.SignIn(page, silo, Role.ServiceAssistant, "assistant-li", "/api-docs/");
            Assert.Equal(200, answer.Status);
            await page.GetByText("Take in a service request").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            Assert.Contains("Dispatch an engineer to the site", await page.InnerTextAsync("body"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "api-docs.png") });
            return true;
        });
    }

    public void Dispose() => _data.Dispose();

    private static async Task ChartsLoaded(IPage page)
    {
        var images = page.Locator(".charts img");
        Assert.Equal(ChartNames.All.Count, await images.CountAsync());
        foreach (var image in await images.AllAsync())
        {
            await image.ScrollIntoViewIfNeededAsync();
            var width = await image.EvaluateAsync<int>("async img => { await img.decode().catch(() => {}); return img.complete ? img.naturalWidth : 0; }");
            Assert.True(width > 0, $"{await image.GetAttributeAsync("src")} did not load");
        }
    }
}
