using AfterSales.Persistence.OAuth;
using AfterSales.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AfterSales.Silo.OAuth;

/// <summary>
/// The service's OAuth 2.0 / OpenID Connect server (docs/api.md "Accounts and sign-in"), OpenIddict over the service's
/// database: discovery at <c>/.well-known/openid-configuration</c>, keys at <c>/.well-known/jwks</c>,
/// <c>/connect/authorize</c> (authorization code with PKCE, for a person signed in with the session cookie) and
/// <c>/connect/token</c> (authorization code, refresh token, client credentials). Its access tokens are RS256 JWTs
/// (<c>typ: at+jwt</c>) for the audience <c>Auth:Audience</c>, valid 15 minutes, carrying the claims of docs/api.md
/// "Authentication"; the API takes them beside its own and the identity provider's (<see cref="Auth.AuthSchemes.OAuth"/>).
/// </summary>
public static class OAuthHosting
{
    /// <summary>The scope of the API itself.</summary>
    public const string ApiScope = "api";

    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);

    public static WebApplicationBuilder AddAfterSalesOAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var audience = Auth.SigningKey.Audience(builder.Configuration);
        services.AddDbContext<OAuthDbContext>((sp, o) => OAuthDbContext.Configure(o, sp.GetRequiredService<SqlDatabase>()));
        services.AddSingleton<OAuthKeyTable>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OAuthKeys>();
        services.AddSingleton<OAuthTokens>();
        services.AddHostedService<AppClient>();
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<OAuthDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                o.RequireProofKeyForCodeExchange();
                // PKCE with S256 only: the "plain" method would put the verifier itself in the browser's address.
                o.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                o.RegisterScopes(Scopes.OpenId, Scopes.OfflineAccess, ApiScope);
                o.SetAccessTokenLifetime(AccessTokenLifetime);
                // Refresh tokens rotate (OpenIddict's default) and a used one is refused at once, without the default
                // 30 s of grace: an app keeps the newest (docs/api.md "Accounts and sign-in").
                o.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                // Access tokens are plain signed JWTs, which the API (and anyone holding the published keys) reads.
                o.DisableAccessTokenEncryption();
                // The issuer is the address clients reach the service at: OAuth:Issuer, else the request's own.
                if (builder.Configuration["OAuth:Issuer"] is { Length: > 0 } issuer)
                {
                    o.SetIssuer(issuer);
                }

                // The service runs behind a proxy that terminates TLS and speaks plain HTTP to it: the server cannot
                // see the client's scheme, so it does not insist on HTTPS itself.
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                o.AddAudiences(audience);
                o.AddEventHandler(AccountStillCurrent.Descriptor);
            });
        return builder;
    }

    public static IEndpointRouteBuilder MapOAuth(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], OAuthEndpoints.Authorize).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/connect/token", OAuthEndpoints.Token).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
