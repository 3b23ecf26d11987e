using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Api;
using AfterSales.Tests.Browser;
using Microsoft.Playwright;

namespace AfterSales.Tests.Accounts;

/// <summary>
/// People signing in in Chromium as they would: a password at /login to the desk queue, the lockout after five wrong
/// passwords until the moved clock ends it, an invitation link that works once, the second factor set up and used with
/// codes the test computes, and a form posted after the session ended coming back, after signing in, with its text.
/// </summary>
[Collection(SignInHostCollection.Name)]
[Trait("Category", "Slow")]
public sealed class SignInBrowserTests(SignInHost host)
{
    private HttpClient Manager => host.As(Role.ServiceManager, "manager-wang");

    private static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..14];

    private async Task<string> Invite(Role role, string? customerId = null)
    {
        var name = NewName(role.ToString()[..4].ToLowerInvariant());
        var created = await Manager.PostAsJsonAsync("/api/users", new { userName = name, displayName = $"{role} 李", role = role.ToString(), customerId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationUrl").GetString()!;
    }

    // The invitation link as the service gave it, on the host's own address.
    private string Local(string invitationUrl) => host.Url(new Uri(invitationUrl).PathAndQuery);

    private static async Task SetPassword(IPage page, string link, string password)
    {
        await page.GotoAsync(link);
        await page.FillAsync("#password", password);
        await page.FillAsync("#confirmPassword", password);
        await page.ClickAsync("form[data-operation=SetPassword] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static async Task TypePassword(IPage page, string userName, string password)
    {
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form[data-operation=SignIn] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [Fact]
    public async Task The_assistant_sets_her_password_from_the_invitation_once_and_signs_in_to_the_desk_queue()
    {
        var link = Local(await Invite(Role.ServiceAssistant));
        var name = AfterSales.Grains.Accounts.AccountLinks.Read(link.Split("/account/invitation/")[1])!.Value.UserName;
        await using var chromium = await Chromium.Start();
        var page = await chromium.Context.NewPageAsync();

        await SetPassword(page, link + "?lang=zh", SignInHttp.Password);
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        Assert.Contains("密码已设置", await page.InnerTextAsync("main"));
        await SetPassword(page, link, "Another-pass-2026!");
        Assert.Contains("该链接已使用或已过期", await page.InnerTextAsync("[role=alert]"));

        await page.GotoAsync(host.Url("/app?lang=zh"));
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        // No page asks a person for a token.
        Assert.Equal(0, await page.Locator("textarea, input[name=token]").CountAsync());
        Assert.DoesNotContain("令牌", await page.InnerTextAsync("main"));
        await TypePassword(page, name, SignInHttp.Password);
        Assert.Equal("/app", new Uri(page.Url).AbsolutePath);
        Assert.Contains("待办", await page.InnerTextAsync("main h2"));
        var cookie = Assert.Single(await chromium.Context.CookiesAsync(), c => c.Name == "AfterSales.Session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_the_right_one_is_refused_until_the_clock_passes_the_lock()
    {
        var link = Local(await Invite(Role.Warehouse));
        var name = AfterSales.Grains.Accounts.AccountLinks.Read(link.Split("/account/invitation/")[1])!.Value.UserName;
        await using var chromium = await Chromium.Start();
        var page = await chromium.Context.NewPageAsync();
        await SetPassword(page, link, SignInHttp.Password);

        for (var i = 0; i < 5; i++)
        {
            await TypePassword(page, name, $"wrong-password-{i}");
            Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        }

        await TypePassword(page, name, SignInHttp.Password);
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        var refusal = await page.InnerTextAsync("[role=alert]");
        await TypePassword(page, "nobody-of-ours", SignInHttp.Password);
        Assert.Equal(refusal, await page.InnerTextAsync("[role=alert]"));

        host.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        await TypePassword(page, name, SignInHttp.Password);
        Assert.Equal("/app", new Uri(page.Url).AbsolutePath);

        var history = await Manager.GetFromJsonAsync<JsonElement[]>($"/api/users/{name}/history?limit=20", ApiFixture.Json);
        var kinds = history!.Select(h => h.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["SignedIn", "Unlocked", "Failed", "LockedOut", "Failed"], kinds.Take(5));
        Assert.Equal("127.0.0.1", history![0].GetProperty("from").GetString());
    }

    [Fact]
    public async Task A_manager_sets_up_the_second_factor_on_first_sign_in_and_then_signs_in_with_a_code()
    {
        var link = Local(await Invite(Role.ServiceManager));
        var name = AfterSales.Grains.Accounts.AccountLinks.Read(link.Split("/account/invitation/")[1])!.Value.UserName;
        await using var chromium = await Chromium.Start();
        var page = await chromium.Context.NewPageAsync();
        await SetPassword(page, link, SignInHttp.Password);

        await page.GotoAsync(host.Url("/app/alerts?lang=en"));
        await TypePassword(page, name, SignInHttp.Password);
        Assert.Equal("/account/second-factor", new Uri(page.Url).AbsolutePath);
        Assert.StartsWith("otpauth://totp/", await page.InnerTextAsync("[data-otpauth]"));
        Assert.True(await page.Locator("img[src^='data:image/png']").CountAsync() == 1);
        var secret = await page.InnerTextAsync("[data-secret]");
        await page.FillAsync("#code", "123456");
        await page.ClickAsync("form[data-operation=CompleteEnrolment] button[type=submit]");
        Assert.NotNull(await page.QuerySelectorAsync("[role=alert]"));
        await page.FillAsync("#code", SignInHttp.Code(secret, host.Clock.GetUtcNow()));
        await page.ClickAsync("form[data-operation=CompleteEnrolment] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(10, await page.Locator(".recovery-codes li").CountAsync());
        await page.ClickAsync("a[data-continue]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("/app/alerts", new Uri(page.Url).AbsolutePath);

        await page.ClickAsync("header form.signout button");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        await TypePassword(page, name, SignInHttp.Password);
        Assert.Equal("/login/second-factor", new Uri(page.Url).AbsolutePath);
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.FillAsync("#code", SignInHttp.Code(secret, host.Clock.GetUtcNow()));
        await page.ClickAsync("form[data-operation=VerifySecondFactor] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("/app", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task A_session_slides_while_the_person_works_and_ends_after_30_idle_minutes()
    {
        var browser = host.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInHttp.SignIn(browser, await host.Person(Role.TechnicalDepartment))).StatusCode);
        foreach (var minutes in new[] { 20, 20, 20 })
        {
            host.Clock.Advance(TimeSpan.FromMinutes(minutes));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/app")).StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(31));
        var ended = await browser.GetAsync("/app/sites?lang=en");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("/login?returnUrl=%2Fapp%2Fsites%3Flang%3Den", ended.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_form_posted_after_the_session_ended_comes_back_with_its_text_after_signing_in_again()
    {
        var customer = $"C-{Guid.NewGuid():N}"[..12];
        await Manager.PostAsJsonAsync("/api/customers", new { id = customer, name = "济南建业", region = "Shandong" });
        await Manager.PostAsJsonAsync($"/api/customers/{customer}/machines", new { serial = $"TM-{customer}", productLine = "TruckMixer", model = "HTM1204" });
        var link = Local(await Invite(Role.ServiceAssistant));
        var name = AfterSales.Grains.Accounts.AccountLinks.Read(link.Split("/account/invitation/")[1])!.Value.UserName;
        await using var chromium = await Chromium.Start();
        var page = await chromium.Context.NewPageAsync();
        await SetPassword(page, link, SignInHttp.Password);
        await page.GotoAsync(host.Url($"/app/intake?customerId={customer}&lang=zh"));
        await TypePassword(page, name, SignInHttp.Password);
        Assert.Equal("/app/intake", new Uri(page.Url).AbsolutePath);

        const string typed = "搅拌筒不转，液压泵有异响；客户在工地等候。";
        await page.FillAsync("#intake-description", typed);
        // She answers the phone for 31 minutes: the session has ended when she sends the form.
        host.Clock.Advance(TimeSpan.FromMinutes(31));
        await page.ClickAsync("form[data-operation=Open] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);

        await TypePassword(page, name, SignInHttp.Password);
        Assert.Equal("/app/intake", new Uri(page.Url).AbsolutePath);
        Assert.Equal(typed, await page.InputValueAsync("#intake-description"));
        Assert.Equal("on", await page.GetAttributeAsync("form[data-operation=Open]", "data-restored"));
        Assert.Empty(await Manager.GetFromJsonAsync<JsonElement[]>($"/api/tickets?customerId={customer}", ApiFixture.Json) ?? []);
    }
}
