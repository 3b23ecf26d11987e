using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Durability;
using Microsoft.Playwright;

namespace AfterSales.Tests.Browser;

/// <summary>
/// People of the browser tests, signed in as a person does: an account made through the API by the service manager,
/// its password set through its invitation link's page, then the password typed at /login.
/// </summary>
public static class Persons
{
    public const string Password = Accounts.SignInHttp.Password;

    private static readonly ConcurrentDictionary<string, bool> Made = new();

    /// <summary>
    /// A silo whose roles sign in with a password alone: the tests that hand one browser from person to person every few
    /// seconds would otherwise wait out the authenticator's 30-second steps (the second factor has tests of its own).
    /// </summary>
    public static Dictionary<string, string> PasswordOnly(this Dictionary<string, string> settings)
    {
        settings["Accounts:SecondFactorRoles"] = "";
        return settings;
    }

    /// <summary>The user name of the person (made once per silo): an engineer's account is that engineer's.</summary>
    public static async Task<string> Ensure(SiloProcess silo, Role role, string sub, string? customerId = null, string? stationId = null)
    {
        var userName = sub.ToLowerInvariant();
        if (Made.ContainsKey($"{silo.Address}|{userName}"))
        {
            return userName;
        }

        using var manager = silo.Client(ProcessWorld.Token(Role.ServiceManager, "manager"));
        using var created = await manager.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = sub, role = role.ToString(), customerId, stationId,
            engineerId = role == Role.ServiceEngineer ? sub : null,
        });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{userName}: {(int)created.StatusCode} {body}");
        // Its invitation's page, as the person's browser would open it.
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = silo.Address };
        var set = await Accounts.SignInHttp.SetPassword(browser, new Uri(JsonNode.Parse(body)!["invitationUrl"]!.GetValue<string>()).PathAndQuery, Password);
        Assert.True(set.StatusCode == HttpStatusCode.Redirect, $"{userName}: {(int)set.StatusCode} {await set.Content.ReadAsStringAsync()}");
        Made[$"{silo.Address}|{userName}"] = true;
        return userName;
    }

    /// <summary>Opens the sign-in page for the target, types the user name and password and submits; answers the landing page's response.</summary>
    public static async Task<IResponse> SignIn(IPage page, SiloProcess silo, string userName, string target, string password = Password)
    {
        await page.GotoAsync(new Uri(silo.Address, $"/login?returnUrl={Uri.EscapeDataString(target)}").ToString());
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        // The landing page may take a while on a CI machine whose two cores are busy with the other tests' silos.
        var landing = page.WaitForResponseAsync(
            r => r.Request.IsNavigationRequest && r.Request.Method == "GET" && r.Url.Contains(target.Split('?')[0], StringComparison.Ordinal),
            new PageWaitForResponseOptions { Timeout = 90_000 });
        await page.ClickAsync("form[data-operation=SignIn] button[type=submit]");
        var response = await landing;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return response;
    }

    /// <summary>Signs in as the person of the role (made on first use).</summary>
    public static async Task<IResponse> SignIn(IPage page, SiloProcess silo, Role role, string sub, string target, string? customerId = null) =>
        await SignIn(page, silo, await Ensure(silo, role, sub, customerId), target);
}
