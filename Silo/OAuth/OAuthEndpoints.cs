using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Silo.Accounts;
using AfterSales.Silo.Auth;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OurClaims = AfterSales.Silo.Auth.Claims;

namespace AfterSales.Silo.OAuth;

/// <summary>
/// What OpenIddict leaves to the service once it has checked a request (client, redirect URI, PKCE, scopes, secret,
/// code or refresh token): who is signed in, with which claims. A person's claims always come from the account as it is
/// now (<see cref="IUserAccountGrain.Session"/>): a disabled account, or one whose stamp moved (a new password, second
/// factor), gets no code and no token, even from a refresh token that was never revoked.
/// </summary>
public static class OAuthEndpoints
{
    /// <summary>The property of a client app (client credentials) that names its one role.</summary>
    public const string RoleProperty = "role";

    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>The authorization endpoint: a person signed in with the session cookie (else sent to sign in and back) gets a code.</summary>
    public static async Task<IResult> Authorize(HttpContext http, IGrainFactory grains, IConfiguration config)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(AuthSchemes.Session);
        var who = await SessionPrincipal.Current(grains, session.Principal);
        if (who is null)
        {
            return request.HasPromptValue(PromptValues.None)
                ? Refuse(Errors.LoginRequired, "No one is signed in.")
                : Results.Challenge(new AuthenticationProperties { RedirectUri = BrowserSession.Here(http.Request) }, [AuthSchemes.Session]);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, OurClaims.Subject, OurClaims.Role);
        Describe(identity, who);
        identity.SetScopes(request.GetScopes());
        identity.SetResources(SigningKey.Audience(config));
        identity.SetDestinations(DestinationsOf);
        return Results.SignIn(new ClaimsPrincipal(identity), null, Scheme);
    }

    /// <summary>The token endpoint: a person's code or refresh token, while the account still lets them in; a client app's secret.</summary>
    public static async Task<IResult> Token(HttpContext http, IGrainFactory grains, IOpenIddictApplicationManager applications, IConfiguration config)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            return await ForClient(request, applications, config);
        }

        var granted = await http.AuthenticateAsync(Scheme);
        var who = await SessionPrincipal.Current(grains, granted.Principal);
        if (who is null)
        {
            return Refuse(Errors.InvalidGrant, "The account is disabled or its sessions were ended: sign in again.");
        }

        // The grant's own claims (its scopes, resources, authorization) with the person's as they are now.
        var identity = new ClaimsIdentity(granted.Principal!.Claims, TokenValidationParameters.DefaultAuthenticationType, OurClaims.Subject, OurClaims.Role);
        Describe(identity, who);
        identity.SetDestinations(DestinationsOf);
        return Results.SignIn(new ClaimsPrincipal(identity), null, Scheme);
    }

    // A client app (a machine account, POST /api/oauth-clients): its id is the subject, its role the one it was made with.
    private static async Task<IResult> ForClient(OpenIddictRequest request, IOpenIddictApplicationManager applications, IConfiguration config)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId ?? "");
        var properties = application is null ? null : await applications.GetPropertiesAsync(application);
        if (properties is null || !properties.TryGetValue(RoleProperty, out var named) || named.ValueKind != JsonValueKind.String
            || !EnumNames.TryParse<Role>(named.GetString()!, ignoreCase: false, out var role))
        {
            return Refuse(Errors.UnauthorizedClient, "The client has no role of this service.");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, OurClaims.Subject, OurClaims.Role);
        identity.SetClaim(OurClaims.Subject, request.ClientId)
            .SetClaim(OurClaims.Role, role.ToString())
            .SetClaim(SessionPrincipal.DisplayName, await applications.GetDisplayNameAsync(application!));
        identity.SetScopes(request.GetScopes());
        identity.SetResources(SigningKey.Audience(config));
        identity.SetDestinations(DestinationsOf);
        return Results.SignIn(new ClaimsPrincipal(identity), null, Scheme);
    }

    // The claims of docs/api.md "Authentication", and the account and stamp that every request checks again.
    private static void Describe(ClaimsIdentity identity, SessionIdentity who) => identity
        .SetClaim(OurClaims.Subject, who.Subject)
        .SetClaim(OurClaims.Role, who.Role.ToString())
        .SetClaim(OurClaims.CustomerId, who.CustomerId)
        .SetClaim(OurClaims.StationId, who.StationId)
        .SetClaim(SessionPrincipal.UserName, who.UserName)
        .SetClaim(SessionPrincipal.DisplayName, who.DisplayName)
        .SetClaim(SessionPrincipal.Stamp, who.Stamp.ToString(CultureInfo.InvariantCulture));

    // Everything the API reads goes into the access token; the identity token (openid) names the person only.
    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        OurClaims.Subject or SessionPrincipal.DisplayName => [Destinations.AccessToken, Destinations.IdentityToken],
        OurClaims.Role or OurClaims.CustomerId or OurClaims.StationId or SessionPrincipal.UserName or SessionPrincipal.Stamp => [Destinations.AccessToken],
        _ => [],
    };

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [Scheme]);
}
