using System.Security.Claims;
using AfterSales.GrainInterfaces.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Silo.Auth;

/// <summary>
/// Who issued a token decides who checks it: the service's own tokens (the <c>token</c> command) are checked with its
/// key and never wait on the identity provider; the identity provider's tokens are checked with its published keys.
/// </summary>
public static class AuthSchemes
{
    /// <summary>The default scheme: forwards to the scheme of the token's issuer.</summary>
    public const string ByIssuer = "ByIssuer";

    public const string Own = JwtBearerDefaults.AuthenticationScheme;

    public const string IdentityProvider = "IdentityProvider";

    /// <summary>A person's session in the browser (a cookie: Accounts/SessionCookie).</summary>
    public const string Session = "Session";

    /// <summary>The step between a right password and the second factor (a short-lived cookie that signs no one in).</summary>
    public const string SignInStep = "SignInStep";

    public static string For(string? token, IdentityProviderSettings? idp) =>
        idp is not null && token is not null && IssuerOf(token) == idp.Issuer ? IdentityProvider : Own;

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

    private static string? IssuerOf(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
