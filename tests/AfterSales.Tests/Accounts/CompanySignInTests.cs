using System.Net;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Persistence.ReadModels;
using AfterSales.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AfterSales.Tests.Accounts;

/// <summary>
/// "Sign in with the company account" (docs/api.md "Accounts and sign-in") in Chromium, through a real OpenID Connect
/// provider (authorization code, PKCE, a confidential client): the button on /login, the provider's redirect, the
/// account matched by verified e-mail and then by subject, its session at /app; everyone else lands on /login with the
/// refusal notice, never on an error page.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CompanySignInTests
{
    private const string RefusedNotice = "The company account is not linked to an account of this service.";

    [Fact]
    public async Task A_person_of_the_company_signs_in_as_their_account_matched_by_verified_email_then_by_subject_and_no_one_else_does()
    {
        await using var service = await CompanySignInService.Start(roleFromClaim: false);
        await service.Account("alice", Role.ServiceAssistant, "Alice.Wang@Example.com");
        await service.Account("carol", Role.ServiceAssistant, "carol@example.com");
        await using var chromium = await Chromium.Start();
        var page = await chromium.Context.NewPageAsync();

        // First time: matched by the e-mail address the provider verified; the account's role, not the provider's.
        service.Provider.Person = new TestPerson("idp-7f3a", "alice.wang@example.com", EmailVerified: true, "ServiceManager");
        await SignIn(page, service, "/app");
        Assert.Contains("(Service assistant)", await page.InnerTextAsync("header"));
        var alice = await service.User("alice");
        Assert.Equal("idp-7f3a", alice.ExternalSubject);
        Assert.Equal(Role.ServiceAssistant, alice.Role);
        Assert.True(service.Provider.CodesRedeemed >= 1);

        // Signed out, then again: the subject is linked now, so a new address (not even verified) still finds the account;
        // and the page asked for before signing in is where the person lands.
        await page.ClickAsync("form.signout button");
        await page.WaitForURLAsync("**/login?notice=signed-out");
        service.Provider.Person = new TestPerson("idp-7f3a", "a.wang@elsewhere.example", EmailVerified: false);
        await SignIn(page, service, "/account", "/login?returnUrl=%2Faccount&lang=en");
        Assert.Equal(["alice", "alice (test)", "Service assistant"], (await page.Locator("main dd").AllInnerTextsAsync()).Take(3));

        // A person of the company with no account here: refused, on the sign-in page.
        await chromium.Context.ClearCookiesAsync();
        service.Provider.Person = new TestPerson("idp-9b21", "bob@example.com", EmailVerified: true);
        await Refused(page, service);

        // An address the provider has not verified finds no account; verified, it does.
        service.Provider.Person = new TestPerson("idp-c4c4", "carol@example.com", EmailVerified: false);
        await Refused(page, service);
        Assert.Null((await service.User("carol")).ExternalSubject);

        // Another subject with alice's address: alice is linked to hers, so the address no longer matches.
        service.Provider.Person = new TestPerson("idp-other", "alice.wang@example.com", EmailVerified: true);
        await Refused(page, service);

        // A disabled account is refused too.
        await service.Grains.GetGrain<IUserAccountGrain>("alice").Disable(new Actor("manager", Role.ServiceManager).By(new AccountChange()));
        service.Provider.Person = new TestPerson("idp-7f3a", "alice.wang@example.com", EmailVerified: true);
        await Refused(page, service);

        // The person declines at the provider (access_denied): the same notice, no error page.
        service.Provider.Declines = true;
        await Refused(page, service);
        service.Provider.Declines = false;

        service.Provider.Person = new TestPerson("idp-c4c4", "carol@example.com", EmailVerified: true);
        await SignIn(page, service, "/app");
        Assert.Equal("idp-c4c4", (await service.User("carol")).ExternalSubject);

        // The form is the page's own: without its antiforgery field, nothing is started.
        using var client = new HttpClient { BaseAddress = service.Address };
        var forged = await client.PostAsync("/login/company", new FormUrlEncodedContent([new("returnUrl", "/app")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task With_RoleFromClaim_the_role_the_provider_names_replaces_the_accounts_and_the_history_says_so()
    {
        // The service as a public client this time: no secret, the code bound to the sign-in by PKCE alone.
        await using var service = await CompanySignInService.Start(roleFromClaim: true, publicClient: true);
        await service.Account("dave", Role.ServiceAssistant, "dave@example.com");
        await using var chromium = await Chromium.Start();
        var page = await chromium.Context.NewPageAsync();

        // A value that is no role of ours is passed over; the one that is, is taken.
        service.Provider.Person = new TestPerson("idp-dave", "dave@example.com", EmailVerified: true, "everyone", "ServiceManager");
        await SignIn(page, service, "/app");
        Assert.Contains("(Service manager)", await page.InnerTextAsync("header"));
        Assert.Equal(1, service.Provider.CodesRedeemed);
        Assert.Equal(Role.ServiceManager, (await service.User("dave")).Role);
        var history = await service.Services.GetRequiredService<ReadModel>().AccountHistory("dave", 10, null);
        Assert.Contains(history.Items, e => e.Kind == AccountEventKind.RoleChanged && e.Detail == "ServiceAssistant -> ServiceManager");

        // No role of ours named: the account keeps the one it has.
        await chromium.Context.ClearCookiesAsync();
        service.Provider.Person = new TestPerson("idp-dave", "dave@example.com", EmailVerified: true, "everyone");
        await SignIn(page, service, "/app");
        Assert.Contains("(Service manager)", await page.InnerTextAsync("header"));
    }

    private static async Task SignIn(IPage page, CompanySignInService service, string landsOn, string login = "/login?lang=en")
    {
        await page.GotoAsync(new Uri(service.Address, login).ToString());
        await page.ClickAsync("form[action='/login/company'] button");
        await Lands(page, new Uri(service.Address, landsOn));
    }

    private static async Task Refused(IPage page, CompanySignInService service)
    {
        await page.GotoAsync(new Uri(service.Address, "/login?lang=en").ToString());
        await page.ClickAsync("form[action='/login/company'] button");
        await Lands(page, new Uri(service.Address, "/login?notice=company-refused"));
        Assert.Contains(RefusedNotice, await page.InnerTextAsync("main, body"));
    }

    // Where the browser is instead, and what it shows, when it does not arrive.
    private static async Task Lands(IPage page, Uri expected)
    {
        try
        {
            await page.WaitForURLAsync(expected.ToString(), new PageWaitForURLOptions { Timeout = 20_000 });
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException($"Expected {expected}, the browser is at {page.Url}: {await page.InnerTextAsync("body")}", e);
        }
    }
}
