using System.Security.Claims;
using AfterSales.GrainInterfaces.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Silo.Auth;

/// <summary>
/// Who issued a token decides who checks it: the service's own tokens (the <c>token</c> command) are checked with its
/// key and never wait on the identity provider; the identity provider's tokens are checked with its published keys; the
/// access tokens of the service's OAuth server (<c>typ: at+jwt</c>, OAuth/OAuthHosting) by that server's keys.
/// </summary>
public static class AuthSchemes
{
    /// <summary>The default scheme: forwards to the scheme of the token's issuer.</summary>
    public const string ByIssuer = "ByIssuer";

    public const string Own = JwtBearerDefaults.AuthenticationScheme;

    public const string IdentityProvider = "IdentityProvider";

    /// <summary>The access tokens of the service's own OAuth server (OpenIddict's validation, on the server's keys).</summary>
    public const string OAuth = OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>A person's session in the browser (a cookie: Accounts/SessionCookie).</summary>
    public const string Session = "Session";

    /// <summary>The step between a right password and the second factor (a short-lived cookie that signs no one in).</summary>
    public const string SignInStep = "SignInStep";

    public static string For(string? token, IdentityProviderSettings? idp)
    {
        var jwt = Read(token);
        return jwt is null ? Own
            : idp is not null && jwt.Issuer == idp.Issuer ? IdentityProvider
            : jwt.Typ == AccessTokenType ? OAuth
            : Own;
    }

    // RFC 9068: the type of an OAuth access token in JWT form (the own tokens are "JWT").
    private const string AccessTokenType = "at+jwt";

    /// <summary>The identity provider's tokens: checked against its discovery document; the role read from its role claim.</summary>
    public static void Configure(JwtBearerOptions o, IdentityProviderSettings idp)
    {
        o.Authority = idp.Authority;
        o.Audience = idp.Audience;
        o.RequireHttpsMetadata = idp.RequireHttpsMetadata;
        o.MapInboundClaims = false;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = idp.Issuer,
            ValidAudience = idp.Audience,
            NameClaimType = Claims.Subject,
            RoleClaimType = Claims.Role,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        o.Events ??= new JwtBearerEvents();
        o.Events.OnTokenValidated = context =>
        {
            if (idp.RoleClaim != Claims.Role && context.Principal?.Identity is ClaimsIdentity identity)
            {
                foreach (var role in identity.FindAll(idp.RoleClaim).Select(c => c.Value).Where(v => EnumNames.TryParse<Role>(v, ignoreCase: false, out _)).ToList())
                {
                    identity.AddClaim(new Claim(Claims.Role, role));
                }
            }

            return Task.CompletedTask;
        };
    }

    private static JsonWebToken? Read(string? token)
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
