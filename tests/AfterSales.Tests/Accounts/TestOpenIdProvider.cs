using System.Security.Claims;
using AfterSales.Tests.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AfterSales.Tests.Accounts;

/// <summary>Who the provider signs in next: its subject, e-mail (verified or not) and the roles its <c>roles</c> claim names.</summary>
public sealed record TestPerson(string Subject, string? Email, bool EmailVerified, params string[] Roles);

/// <summary>
/// The company's identity provider as a person meets it: a real OpenID Connect provider on 127.0.0.1 (OpenIddict's
/// server, degraded mode: no database), authorization code with PKCE for one client (<see cref="ClientId"/>):
/// confidential (<see cref="ClientSecret"/>) or public (no secret at all), whose redirect URI is the service's callback. Its authorize
/// endpoint shows no form: it signs in <see cref="Person"/> at once, or answers <c>access_denied</c> while
/// <see cref="Declines"/>. Discovery and its signing keys (ephemeral) are published as usual.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "aftersales";

    public const string ClientSecret = "company-secret-0123456789";

    private readonly WebApplication _server;

    private TestOpenIdProvider(WebApplication server, string authority)
    {
        _server = server;
        Authority = authority;
    }

    public string Authority { get; }

    /// <summary>The person the next authorization request signs in.</summary>
    public TestPerson Person { get; set; } = new("nobody", null, false);

    /// <summary>While true, the person declines: the provider answers <c>access_denied</c>.</summary>
    public bool Declines { get; set; }

    /// <summary>How many codes were redeemed at the token endpoint (each by the client with its secret and PKCE verifier).</summary>
    public int CodesRedeemed => _codesRedeemed;

    private int _codesRedeemed;

    /// <param name="redirectUri">The one redirect URI of the client: the service's <c>/login/company/callback</c>.</param>
    /// <param name="publicClient">The client has no secret (and must send none): PKCE alone binds the code to it.</param>
    public static async Task<TestOpenIdProvider> Start(string redirectUri, bool publicClient = false)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        TestOpenIdProvider? provider = null;
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            o.EnableDegradedMode();
            o.AddEphemeralSigningKey().AddEphemeralEncryptionKey().DisableAccessTokenEncryption();
            o.UseAspNetCore().DisableTransportSecurityRequirement();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(c =>
            {
                if (c.ClientId != ClientId)
                {
                    c.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (c.RedirectUri != redirectUri)
                {
                    c.Reject(Errors.InvalidRequest, "The redirect URI is not the client's.");
                }

                return default;
            }));
            o.AddEventHandler<ValidateTokenRequestContext>(b => b.UseInlineHandler(c =>
            {
                if (c.ClientId != ClientId || c.ClientSecret != (publicClient ? null : ClientSecret))
                {
                    c.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                }
                else
                {
                    Interlocked.Increment(ref provider!._codesRedeemed);
                }

                return default;
            }));
            o.AddEventHandler<HandleAuthorizationRequestContext>(b => b.UseInlineHandler(c =>
            {
                if (provider!.Declines)
                {
                    c.Reject(Errors.AccessDenied, "The person declined.");
                    return default;
                }

                var person = provider.Person;
                var id = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
                id.SetClaim(Claims.Subject, person.Subject).SetClaim(Claims.Name, person.Subject).SetClaim(Claims.EmailVerified, person.EmailVerified);
                if (person.Email is { } email)
                {
                    id.SetClaim(Claims.Email, email);
                }

                if (person.Roles.Length > 0)
                {
                    id.SetClaims("roles", [.. person.Roles]);
                }

                id.SetScopes(c.Request.GetScopes());
                id.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
                c.SignIn(new ClaimsPrincipal(id));
                return default;
            }));
        });
        var app = builder.Build();
        app.UseAuthentication();
        provider = new TestOpenIdProvider(app, $"http://127.0.0.1:{port}");
        await app.StartAsync();
        return provider;
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}
