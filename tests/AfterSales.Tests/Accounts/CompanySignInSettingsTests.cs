using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Accounts;
using AfterSales.Silo.Api;
using AfterSales.Silo.Auth;
using AfterSales.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace AfterSales.Tests.Accounts;

/// <summary>
/// Signing in with the company account without a browser: its settings, the role taken from the provider's claim, and
/// a provider that cannot be reached or answers nonsense, which lands on the sign-in page's notice, never on a 5xx.
/// </summary>
public sealed partial class CompanySignInSettingsTests
{
    [Fact]
    public void The_company_account_is_offered_when_the_provider_has_a_client_id_and_the_role_is_the_accounts_unless_RoleFromClaim()
    {
        var bearerOnly = Config(("Authority", "https://sso.example.com/realms/company"));
        Assert.False(CompanySignIn.IsConfigured(bearerOnly));
        Assert.Null(CompanySignIn.ProviderOrigin(bearerOnly));
        Assert.False(CompanySignIn.IsConfigured(Config(("Authority", "https://sso.example.com"), ("ClientId", " "))));

        var company = Config(("Authority", "https://sso.example.com/realms/company"), ("ClientId", "aftersales"));
        Assert.True(CompanySignIn.IsConfigured(company));
        Assert.Equal("https://sso.example.com", CompanySignIn.ProviderOrigin(company));
        var settings = IdentityProviderSettings.Read(company)!;
        Assert.Equal(("aftersales", null, false, true), (settings.ClientId, settings.ClientSecret, settings.RoleFromClaim, settings.RequireHttpsMetadata));

        settings = IdentityProviderSettings.Read(Config(("Authority", "https://sso.example.com"), ("ClientId", "a"), ("ClientSecret", "s"), ("RoleFromClaim", "true")))!;
        Assert.Equal(("s", true), (settings.ClientSecret, settings.RoleFromClaim));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ServiceManager", "ServiceManager")]
    [InlineData("ServiceManager", "everyone", "ServiceManager", "ServiceManager")]
    [InlineData(null, "servicemanager")]
    [InlineData(null, "3")]
    [InlineData(null, "ServiceManager", "Customer")]
    public void The_providers_role_is_taken_only_when_it_names_exactly_one_role_of_ours(string? expected, params string[] values)
    {
        var person = new ClaimsPrincipal(new ClaimsIdentity(values.Select(v => new Claim("roles", v)).Append(new Claim("role", "Customer")), "test"));
        Assert.Equal(expected is null ? null : Enum.Parse<Role>(expected), CompanySignIn.RoleOf(person, "roles"));
    }

    [Fact]
    public async Task A_provider_that_cannot_be_reached_or_answers_nonsense_leads_back_to_the_sign_in_page_with_the_notice()
    {
        var data = Directory.CreateTempSubdirectory("aftersales-company-").FullName;
        // Nothing listens there: the discovery document cannot be read.
        var nowhere = $"http://127.0.0.1:{FreePort.Next()}";
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseContentRoot(AppContext.BaseDirectory);
            foreach (var (key, value) in new Dictionary<string, string>
                     {
                         ["Storage:DataDirectory"] = data, ["Cluster:SiloPort"] = FreePort.Next().ToString(), ["Cluster:GatewayPort"] = FreePort.Next().ToString(),
                         ["Auth:SigningKey"] = ApiFixture.SigningKey, ["Auth:IdentityProvider:Authority"] = nowhere,
                         ["Auth:IdentityProvider:RequireHttpsMetadata"] = "false", ["Auth:IdentityProvider:ClientId"] = "aftersales",
                     })
            {
                b.UseSetting(key, value);
            }
        });
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var login = await browser.GetAsync("/login?returnUrl=%2Faccount&lang=en");
        var html = await login.Content.ReadAsStringAsync();
        Assert.Contains("action=\"/login/company\"", html);
        Assert.Matches($"form-action 'self' [^;]*{System.Text.RegularExpressions.Regex.Escape(nowhere)}$", login.Headers.GetValues("Content-Security-Policy").Single());
        var token = RequestToken().Match(html).Groups[1].Value;

        var started = await browser.PostAsync("/login/company", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("returnUrl", "/account")]));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal("/login?notice=company-refused&returnUrl=%2Faccount", started.Headers.Location?.OriginalString);

        // An answer this service never asked for (no state of its own), an error from the provider, no answer at all.
        foreach (var path in new[] { "/login/company/callback?code=stolen&state=forged", "/login/company/callback?error=access_denied", "/login/company/done" })
        {
            var answer = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Equal("/login?notice=company-refused", answer.Headers.Location?.OriginalString);
        }

        // Only the sign-in pages' forms may lead there.
        Assert.Equal(SecurityHeaders.PagePolicy, (await browser.GetAsync("/account/forgot")).Headers.GetValues("Content-Security-Policy").Single());
        await factory.DisposeAsync();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the system.
        }
    }

    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"{IdentityProviderSettings.Section}:{s.Key}", (string?)s.Value))).Build();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex RequestToken();
}
