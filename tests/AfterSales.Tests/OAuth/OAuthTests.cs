using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Grains.Accounts;
using AfterSales.Persistence.OAuth;
using AfterSales.Persistence.Storage;
using AfterSales.Silo.OAuth;
using AfterSales.Tests.Api;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Tests.OAuth;

/// <summary>A service of its own, with a redirect URI of the app configured (<c>OAuth:AppRedirectUris</c>).</summary>
public sealed class OAuthApi() : ApiFixture(new Dictionary<string, string> { ["OAuth__AppRedirectUris"] = OAuthTests.ConfiguredRedirectUri });

/// <summary>
/// The OAuth 2.0 / OpenID Connect server of docs/api.md "Accounts and sign-in": the app's code flow with PKCE on any
/// loopback port, rotating refresh tokens, revocation and disabled accounts, machine accounts by client credentials,
/// discovery, and redirect URIs that are not the app's.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class OAuthTests(OAuthApi api) : IClassFixture<OAuthApi>
{
    public const string ConfiguredRedirectUri = "https://desk.example/oauth/callback";

    private const string Password = "Mixer-Drum-Batch-2031";

    private static readonly Actor Manager = new("manager-oauth", Role.ServiceManager);

    [Fact]
    public async Task A_person_signs_in_through_the_app_with_a_code_and_PKCE_on_any_loopback_port_and_the_API_takes_the_token()
    {
        var (browser, userName) = await Person(Role.ServiceAssistant);
        var redirect = $"http://127.0.0.1:{FreePort.Next()}/callback";
        var (verifier, challenge) = Pkce();

        var code = await Code(browser, redirect, challenge, signInAs: userName);
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenAnswer(CodeGrant(code, redirect, Pkce().Verifier))).StatusCode);
        var tokens = await Tokens(CodeGrant(await Code(browser, redirect, challenge), redirect, verifier));

        Assert.InRange(tokens.GetProperty("expires_in").GetInt32(), 1, 900);
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("id_token").GetString()));
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal("at+jwt", access.Typ);
        Assert.Equal(userName, access.GetClaim("sub").Value);
        Assert.Equal(nameof(Role.ServiceAssistant), access.GetClaim("role").Value);
        Assert.Contains("aftersales-api", access.Audiences);
        Assert.True(access.ValidTo - access.IssuedAt <= TimeSpan.FromMinutes(15), $"{access.IssuedAt} -> {access.ValidTo}");

        var app = Bearer(access.EncodedToken);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/api/tickets")).StatusCode);
        // The role is the account's: an assistant's token may not do what only the service manager may.
        await app.Post("/api/engineers", new { }).Problem(HttpStatusCode.Forbidden);

        // Another port of the loopback is the app's too (RFC 8252 7.3); the code is bound to it.
        var otherPort = $"http://[::1]:{FreePort.Next()}/callback";
        var (otherVerifier, otherChallenge) = Pkce();
        var other = await Code(browser, otherPort, otherChallenge);
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenAnswer(CodeGrant(other, redirect, otherVerifier))).StatusCode);
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_a_used_one_is_refused_and_ends_its_chain()
    {
        var (browser, userName) = await Person(Role.ServiceAssistant);
        var first = await SignedInTokens(browser, userName);

        var second = await Tokens(RefreshGrant(first.GetProperty("refresh_token").GetString()!));
        Assert.NotEqual(first.GetProperty("refresh_token").GetString(), second.GetProperty("refresh_token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Bearer(second.GetProperty("access_token").GetString()!).GetAsync("/api/tickets")).StatusCode);

        var again = await TokenAnswer(RefreshGrant(first.GetProperty("refresh_token").GetString()!));
        Assert.Equal("invalid_grant", await Error(again));
        // A used token presented again may be a stolen one: the whole chain ends, the newest token with it.
        Assert.Equal("invalid_grant", await Error(await TokenAnswer(RefreshGrant(second.GetProperty("refresh_token").GetString()!))));
    }

    [Fact]
    public async Task Revoking_an_account_ends_its_refresh_tokens()
    {
        var (browser, userName) = await Person(Role.ServiceAssistant);
        var tokens = await SignedInTokens(browser, userName);

        var revoked = await api.Services.GetRequiredService<OAuthTokens>().RevokeAccount(userName);

        Assert.True(revoked >= 2, $"{revoked} revoked: the authorization and its refresh token at least");
        Assert.Equal("invalid_grant", await Error(await TokenAnswer(RefreshGrant(tokens.GetProperty("refresh_token").GetString()!))));
        // The browser's session is the account's, not the app's: it signs the app in again.
        Assert.False(string.IsNullOrEmpty((await SignedInTokens(browser, signInAs: null)).GetProperty("refresh_token").GetString()));
    }

    [Fact]
    public async Task A_disabled_account_is_refused_a_refresh_and_its_access_token_at_once_even_unrevoked()
    {
        var (browser, userName) = await Person(Role.ServiceAssistant);
        var tokens = await SignedInTokens(browser, userName);
        var app = Bearer(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/api/tickets")).StatusCode);

        await Grains().GetGrain<IUserAccountGrain>(userName).Disable(Manager.By(new AccountChange()));

        Assert.Equal("invalid_grant", await Error(await TokenAnswer(RefreshGrant(tokens.GetProperty("refresh_token").GetString()!))));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync("/api/tickets")).StatusCode);
        Assert.True(await api.Services.GetRequiredService<OAuthTokens>().RevokeAccount(userName) >= 1);
    }

    [Fact]
    public async Task A_machine_account_made_by_the_service_manager_gets_tokens_of_its_role_by_client_credentials()
    {
        var manager = api.As(Role.ServiceManager, "manager-wang");
        var clientId = $"erp-{Guid.NewGuid():N}"[..16];
        var created = await manager.Post("/api/oauth-clients", new { clientId, role = "ServiceAssistant", displayName = "ERP link" }).Ok<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(clientId, created.GetProperty("clientId").GetString());
        Assert.Equal("ServiceAssistant", created.GetProperty("role").GetString());
        Assert.Equal("ERP link", created.GetProperty("displayName").GetString());
        var secret = created.GetProperty("clientSecret").GetString()!;
        Assert.True(secret.Length >= 32, secret);

        var tokens = await Tokens(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "api" });
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal(clientId, access.GetClaim("sub").Value);
        Assert.Equal("ServiceAssistant", access.GetClaim("role").Value);
        Assert.False(tokens.TryGetProperty("refresh_token", out _));
        var machine = Bearer(access.EncodedToken);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/api/tickets")).StatusCode);
        await machine.Post("/api/engineers", new { }).Problem(HttpStatusCode.Forbidden);

        var wrong = await TokenAnswer(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret + "x" });
        Assert.Equal("invalid_client", await Error(wrong));
        // The secret is shown once: the database keeps a hash of it, and creating the client again names no secret.
        var again = await manager.Post("/api/oauth-clients", new { clientId, role = "ServiceAssistant", displayName = "ERP link" }).Problem(HttpStatusCode.Conflict, RuleIds.IdExists);
        Assert.DoesNotContain(secret, again.ToString(), StringComparison.Ordinal);
        var kept = await KeptSecret(clientId);
        Assert.False(string.IsNullOrEmpty(kept));
        Assert.DoesNotContain(secret, kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_service_manager_makes_machine_accounts_and_never_of_a_customer_or_station_role()
    {
        var manager = api.As(Role.ServiceManager, "manager-wang");
        var clientId = $"bi-{Guid.NewGuid():N}"[..16];

        await api.As(Role.ServiceAssistant, "assistant-li").Post("/api/oauth-clients", new { clientId, role = "ServiceAssistant", displayName = "x" })
            .Problem(HttpStatusCode.Forbidden);
        await api.As(Role.Operations, "ops-ma").Post("/api/oauth-clients", new { clientId, role = "Operations", displayName = "x" })
            .Problem(HttpStatusCode.Forbidden);
        var customer = await manager.Post("/api/oauth-clients", new { clientId, role = "Customer", displayName = "x" }).Problem(HttpStatusCode.BadRequest);
        Assert.True(customer.GetProperty("errors").TryGetProperty("role", out _), customer.ToString());
        await manager.Post("/api/oauth-clients", new { clientId, role = "ServiceStation", displayName = "x" }).Problem(HttpStatusCode.BadRequest);
        await manager.Post("/api/oauth-clients", new { clientId, role = "Nobody", displayName = "x" }).Problem(HttpStatusCode.BadRequest);
        var badId = await manager.Post("/api/oauth-clients", new { clientId = "no spaces here", role = "Operations", displayName = "x" }).Problem(HttpStatusCode.BadRequest);
        Assert.True(badId.GetProperty("errors").TryGetProperty("clientId", out _), badId.ToString());
        await manager.Post("/api/oauth-clients", new { clientId = AppClient.ClientId, role = "Operations", displayName = "x" }).Problem(HttpStatusCode.Conflict, RuleIds.IdExists);

        // Nothing refused was made: the id is free.
        await manager.Post("/api/oauth-clients", new { clientId, role = "Operations", displayName = "Monitoring" }).Ok<JsonElement>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Discovery_lists_the_endpoints_grant_types_scopes_and_the_key_that_signs_the_tokens()
    {
        var anonymous = api.Anonymous();
        var discovery = JsonDocument.Parse(await anonymous.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal("http://localhost/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], Strings(discovery, "grant_types_supported").Order());
        Assert.Equal(["S256"], Strings(discovery, "code_challenge_methods_supported"));
        Assert.Superset(new HashSet<string> { "openid", "offline_access", "api" }, Strings(discovery, "scopes_supported").ToHashSet());

        var keys = JsonDocument.Parse(await anonymous.GetStringAsync(discovery.GetProperty("jwks_uri").GetString())).RootElement.GetProperty("keys");
        var clientId = $"kid-{Guid.NewGuid():N}"[..16];
        var created = await api.As(Role.ServiceManager, "manager-wang").Post("/api/oauth-clients", new { clientId, role = "Operations", displayName = "x" }).Ok<JsonElement>(HttpStatusCode.Created);
        var tokens = await Tokens(new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = created.GetProperty("clientSecret").GetString()! });
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal("RS256", access.Alg);
        Assert.Contains(keys.EnumerateArray(), k => k.GetProperty("kid").GetString() == access.Kid && k.GetProperty("kty").GetString() == "RSA");
    }

    [Theory]
    [InlineData("http://evil.example:{port}/callback")]
    [InlineData("http://127.0.0.1:{port}/elsewhere")]
    [InlineData("http://localhost:{port}/callback")]
    [InlineData("https://desk.example/oauth/callback/more")]
    public async Task A_redirect_URI_that_is_not_the_apps_is_refused(string redirect)
    {
        var (browser, userName) = await Person(Role.ServiceAssistant);
        await SignedInTokens(browser, userName);
        var uri = redirect.Replace("{port}", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var answer = await browser.GetAsync(AuthorizeUrl(uri, Pkce().Challenge));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
    }

    [Fact]
    public async Task A_code_is_given_only_with_PKCE_by_S256()
    {
        var (browser, userName) = await Person(Role.ServiceAssistant);
        await SignedInTokens(browser, userName);
        var redirect = $"http://127.0.0.1:{FreePort.Next()}/callback";
        var verifier = Pkce().Verifier;

        var plain = await browser.GetAsync(AuthorizeUrl(redirect, verifier).Replace("code_challenge_method=S256", "code_challenge_method=plain", StringComparison.Ordinal));
        var none = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = AppClient.ClientId, ["response_type"] = "code", ["scope"] = "openid api", ["redirect_uri"] = redirect, ["state"] = "state-1",
        }));

        foreach (var refused in new[] { plain, none })
        {
            // Refused where it was asked (400), or sent back to the app with an error: never with a code.
            var body = await refused.Content.ReadAsStringAsync();
            var back = refused.Headers.Location is { } location ? QueryHelpers.ParseQuery(location.Query) : null;
            Assert.True(
                refused.StatusCode == HttpStatusCode.BadRequest && back is null
                || refused.StatusCode == HttpStatusCode.Found && back!["error"] == "invalid_request" && !back.ContainsKey("code"),
                $"{refused.StatusCode} {refused.Headers.Location} {body}");
        }
    }

    [Fact]
    public async Task A_redirect_URI_configured_for_the_app_is_taken()
    {
        var (browser, userName) = await Person(Role.ServiceAssistant);
        var (verifier, challenge) = Pkce();

        var code = await Code(browser, ConfiguredRedirectUri, challenge, signInAs: userName);

        Assert.False(string.IsNullOrEmpty((await Tokens(CodeGrant(code, ConfiguredRedirectUri, verifier))).GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task The_servers_keys_are_the_first_kept_whatever_another_silo_makes()
    {
        var table = new OAuthKeyTable(api.Services.GetRequiredService<SqlDatabase>());

        var name = $"test-{Guid.NewGuid():N}";

        Assert.Contains("BEGIN PRIVATE KEY", await table.Keep("signing-rsa", () => "another silo's key"), StringComparison.Ordinal);
        Assert.Equal("made first", await table.Keep(name, () => "made first"));
        Assert.Equal("made first", await table.Keep(name, () => "made by another silo"));
    }

    // A person with an account and a password, and a browser that is not signed in yet.
    private async Task<(HttpClient Browser, string UserName)> Person(Role role)
    {
        var userName = $"oauth-{Guid.NewGuid():N}"[..20];
        var account = Grains().GetGrain<IUserAccountGrain>(userName);
        var created = await account.Create(Manager.By(new NewUser(userName, "OAuth Tester", role)), "http://localhost");
        const string invitation = "/account/invitation/";
        var link = created.InvitationUrl ?? throw new InvalidOperationException("no invitation URL");
        var (_, secret) = AccountLinks.Read(link[(link.IndexOf(invitation, StringComparison.Ordinal) + invitation.Length)..]) ?? throw new InvalidOperationException(link);
        await account.SetPassword(new PasswordLink(LinkPurpose.Invitation, secret, Password, Password, null));
        return (api.Browser(), userName);
    }

    // The app's sign-in: a code on a loopback port, exchanged with its verifier.
    private async Task<JsonElement> SignedInTokens(HttpClient browser, string? signInAs)
    {
        var redirect = $"http://127.0.0.1:{FreePort.Next()}/callback";
        var (verifier, challenge) = Pkce();
        return await Tokens(CodeGrant(await Code(browser, redirect, challenge, signInAs), redirect, verifier));
    }

    /// <summary>The browser opens the authorization URL (signing in first when <paramref name="signInAs"/> says so) and comes back to the app with a code.</summary>
    private static async Task<string> Code(HttpClient browser, string redirect, string challenge, string? signInAs = null)
    {
        var url = AuthorizeUrl(redirect, challenge);
        var answer = await browser.GetAsync(url);
        if (signInAs is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            var login = answer.Headers.Location!.OriginalString;
            Assert.StartsWith("/login?returnUrl=", login, StringComparison.Ordinal);
            var page = await browser.GetStringAsync(login);
            var form = HiddenField().Matches(page[..page.IndexOf("</form>", StringComparison.Ordinal)])
                .ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
            form["userName"] = signInAs;
            form["password"] = Password;
            var signedIn = await browser.PostAsync("/login", new FormUrlEncodedContent(form));
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            answer = await browser.GetAsync(signedIn.Headers.Location);
        }

        Assert.True(answer.StatusCode == HttpStatusCode.Found, $"{answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        var back = answer.Headers.Location!;
        Assert.StartsWith(redirect + "?", back.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(back.Query);
        Assert.Equal("state-1", query["state"].ToString());
        return query["code"].ToString();
    }

    private static string AuthorizeUrl(string redirect, string challenge) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = AppClient.ClientId, ["response_type"] = "code", ["scope"] = "openid offline_access api",
            ["redirect_uri"] = redirect, ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = "state-1",
        });

    private static Dictionary<string, string> CodeGrant(string code, string redirect, string verifier) => new()
    {
        ["grant_type"] = "authorization_code", ["client_id"] = AppClient.ClientId, ["code"] = code, ["redirect_uri"] = redirect, ["code_verifier"] = verifier,
    };

    private static Dictionary<string, string> RefreshGrant(string refreshToken) => new()
    {
        ["grant_type"] = "refresh_token", ["client_id"] = AppClient.ClientId, ["refresh_token"] = refreshToken,
    };

    private static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private Task<HttpResponseMessage> TokenAnswer(Dictionary<string, string> form) =>
        api.Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(form));

    private async Task<JsonElement> Tokens(Dictionary<string, string> form)
    {
        var answer = await TokenAnswer(form);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{answer.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<string?> Error(HttpResponseMessage answer)
    {
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{answer.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("error").GetString();
    }

    private HttpClient Bearer(string token)
    {
        var client = api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private IGrainFactory Grains() => api.Services.GetRequiredService<IGrainFactory>();

    private async Task<string?> KeptSecret(string clientId)
    {
        await using var connection = await api.Services.GetRequiredService<SqlDatabase>().Open();
        await using var command = SqlDatabase.Command(connection, null, "SELECT \"ClientSecret\" FROM \"OpenIddictApplications\" WHERE \"ClientId\" = @id", ("id", clientId));
        return (string?)await command.ExecuteScalarAsync();
    }

    private static IEnumerable<string> Strings(JsonElement o, string property) =>
        o.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
