using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Tests.Api;
using OtpNet;

namespace AfterSales.Tests.Accounts;

/// <summary>
/// Signing in over HTTP as a browser does (cookies kept, redirects not followed): people's accounts made through the
/// API by the service manager, their passwords set through their invitation's page, and the second factor set up and
/// answered with codes computed from the secret its page shows.
/// </summary>
public static partial class SignInHttp
{
    public const string Password = "Mixer-drum-2026!";

    private static readonly ConcurrentDictionary<string, string> Secrets = new();

    /// <summary>A person's account with <see cref="Password"/>, made through the API; answers the user name.</summary>
    public static async Task<string> Person(this ApiFixture api, Role role, string? customerId = null, string? engineerId = null, string? email = null, string? name = null)
    {
        var userName = name ?? $"{role}-{Guid.NewGuid():N}"[..24].ToLowerInvariant();
        var created = await api.As(Role.ServiceManager, "manager-wang").PostAsJsonAsync("/api/users", new
        {
            userName, displayName = $"{role} person", role = role.ToString(), customerId, engineerId, email,
        });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        if (JsonNode.Parse(body)!["invitationUrl"]?.GetValue<string>() is { } url)
        {
            await SetPassword(api.Browser(), new Uri(url).PathAndQuery, Password);
        }

        return userName;
    }

    /// <summary>Sets a password through a link's page; answers the response to its form.</summary>
    public static async Task<HttpResponseMessage> SetPassword(HttpClient browser, string path, string password, string? confirm = null)
    {
        var page = await browser.GetStringAsync(path);
        return await browser.PostAsync(path, Form(page, ("password", password), ("confirmPassword", confirm ?? password)));
    }

    /// <summary>The password step at /login; answers its response (a redirect when it was right).</summary>
    public static async Task<HttpResponseMessage> PasswordStep(HttpClient browser, string userName, string password, string returnUrl = "/app")
    {
        var page = await browser.GetStringAsync($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return await browser.PostAsync("/login", Form(page, ("userName", userName), ("password", password), ("returnUrl", returnUrl)));
    }

    /// <summary>Signs in all the way (a second factor set up or answered on the way); answers the last response, a redirect to the return URL.</summary>
    public static async Task<HttpResponseMessage> SignIn(HttpClient browser, string userName, string returnUrl = "/app", string password = Password)
    {
        var answer = await PasswordStep(browser, userName, password, returnUrl);
        switch (answer.Headers.Location?.OriginalString)
        {
            case "/account/second-factor":
                var setup = await browser.GetStringAsync("/account/second-factor");
                var secret = Secret().Match(setup).Groups[1].Value;
                Secrets[userName] = secret;
                var done = await browser.PostAsync("/account/second-factor", Form(setup, ("code", Code(secret))));
                Assert.Equal(HttpStatusCode.OK, done.StatusCode);
                return new HttpResponseMessage(HttpStatusCode.Redirect) { Headers = { Location = new Uri(returnUrl, UriKind.Relative) } };
            case "/login/second-factor":
                var page = await browser.GetStringAsync("/login/second-factor");
                // A code is taken once: the next one comes with the authenticator's next 30-second step.
                var code = Code(Secrets[userName]);
                var verified = await browser.PostAsync("/login/second-factor", Form(page, ("code", code)));
                if (verified.StatusCode != HttpStatusCode.Redirect)
                {
                    await Task.Delay(TimeSpan.FromSeconds(30 - (DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30) + 1));
                    page = await browser.GetStringAsync("/login/second-factor");
                    verified = await browser.PostAsync("/login/second-factor", Form(page, ("code", Code(Secrets[userName]))));
                }

                return verified;
            default:
                return answer;
        }
    }

    /// <summary>A browser signed in as a new person of the role.</summary>
    public static async Task<HttpClient> SignedIn(this ApiFixture api, Role role, string? customerId = null, string returnUrl = "/app")
    {
        var browser = api.Browser();
        var answer = await SignIn(browser, await api.Person(role, customerId), returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return browser;
    }

    public static string Code(string secret, DateTimeOffset? at = null) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp((at ?? DateTimeOffset.UtcNow).UtcDateTime);

    /// <summary>A page's form posted back with its antiforgery field and the given fields.</summary>
    public static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields)
    {
        var antiforgery = AntiforgeryField().Match(page);
        Assert.True(antiforgery.Success, page);
        return new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new(antiforgery.Groups[1].Value, WebUtility.HtmlDecode(antiforgery.Groups[2].Value))));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"\\s*/?>")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<code data-secret[^>]*>([A-Z2-7]+)</code>")]
    private static partial Regex Secret();
}
