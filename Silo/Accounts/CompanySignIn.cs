using System.Security.Claims;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.GrainInterfaces.Common;
using AfterSales.Persistence.ReadModels;
using AfterSales.Silo.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AfterSales.Silo.Accounts;

/// <summary>
/// Signing in with the company account: OpenID Connect (authorization code with PKCE) against the company's identity
/// provider, when <c>Auth:IdentityProvider:ClientId</c> is configured beside its authority. <c>POST /login/company</c>
/// sends the person to the provider; its answer comes back to <see cref="CallbackPath"/> and is kept for a few minutes in a
/// cookie of its own (<see cref="ExternalScheme"/>), which <c>GET /login/company/done</c> reads once: the person is
/// matched to an account by the provider's subject, or (not linked yet) by an e-mail address the provider verified,
/// and the account decides (disabled, linked to another subject: refused). Every refusal and every error of the provider
/// lands on one page, <c>/login?notice=company-refused</c>: never a 5xx, and no one learns which accounts exist.
/// </summary>
public static class CompanySignIn
{
    /// <summary>The OpenID Connect scheme (the company's provider).</summary>
    public const string Scheme = "CompanyAccount";

    /// <summary>The provider's answer between its callback and <c>/login/company/done</c>; it signs no one in.</summary>
    public const string ExternalScheme = "CompanyAccount.External";

    public const string ExternalCookie = "AfterSales.CompanyAccount";

    public const string CallbackPath = "/login/company/callback";

    private const string Done = "/login/company/done";

    private const string ReturnItem = "returnUrl";

    public static bool IsConfigured(IConfiguration config) => IdentityProviderSettings.Read(config) is { ClientId: not null };

    /// <summary>
    /// The provider's origin (scheme, host, port of its authority), where the sign-in page's form may lead; null when
    /// signing in with the company account is not configured.
    /// </summary>
    public static string? ProviderOrigin(IConfiguration config) =>
        IdentityProviderSettings.Read(config) is { ClientId: not null } idp && Uri.TryCreate(idp.Authority, UriKind.Absolute, out var authority)
            ? authority.GetLeftPart(UriPartial.Authority)
            : null;

    /// <summary>Registers the provider's scheme and the cookie its answer waits in, when the provider is configured.</summary>
    public static AuthenticationBuilder AddCompanySignIn(this AuthenticationBuilder authentication, IConfiguration config)
    {
        if (IdentityProviderSettings.Read(config) is not { ClientId: { } clientId } idp)
        {
            return authentication;
        }

        authentication.AddCookie(ExternalScheme, o =>
        {
            o.Cookie.Name = ExternalCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/login/company";
            o.Cookie.IsEssential = true;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            o.SlidingExpiration = false;
        });
        authentication.AddOpenIdConnect(Scheme, "Company account", o =>
        {
            o.Authority = idp.Authority;
            o.RequireHttpsMetadata = idp.RequireHttpsMetadata;
            o.ClientId = clientId;
            // No secret: a public client, the code bound to this sign-in by PKCE alone.
            o.ClientSecret = idp.ClientSecret;
            o.ResponseType = OpenIdConnectResponseType.Code;
            // Back by a GET: the correlation cookies and the session's (SameSite=Lax) come along from the provider's site.
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.SignInScheme = ExternalScheme;
            o.CallbackPath = CallbackPath;
            o.TokenValidationParameters.NameClaimType = Claims.Subject;
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnRemoteFailure = context =>
            {
                // access_denied, a state or nonce that does not match, a token refused, the provider unreachable.
                Log(context.HttpContext).LogWarning(context.Failure, "Signing in with the company account failed: {Reason}", context.Failure?.Message);
                context.Response.Redirect(RefusedUrl(context.Properties?.Items.TryGetValue(ReturnItem, out var back) == true ? back : null));
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return authentication;
    }

    /// <summary><c>POST /login/company</c> and <c>GET /login/company/done</c>, when the provider is configured.</summary>
    public static void MapCompanySignIn(this IEndpointRouteBuilder app, IConfiguration config)
    {
        if (IdentityProviderSettings.Read(config) is not { ClientId: not null } idp)
        {
            return;
        }

        app.MapPost("/login/company", async ([FromForm] string? returnUrl, HttpContext http) =>
        {
            var target = SignInEndpoints.Local(returnUrl);
            var properties = new AuthenticationProperties { RedirectUri = $"{Done}?returnUrl={Uri.EscapeDataString(target)}" };
            properties.Items[ReturnItem] = target;
            try
            {
                await http.ChallengeAsync(Scheme, properties);
                return Results.Empty;
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
            {
                // The provider's discovery document could not be read: the person is told on the sign-in page.
                Log(http).LogWarning(e, "The company's identity provider could not be reached");
                return Results.Redirect(RefusedUrl(target));
            }
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet(Done, async (string? returnUrl, HttpContext http, ReadModel readModel, IGrainFactory grains) =>
        {
            var target = SignInEndpoints.Local(returnUrl);
            var external = await http.AuthenticateAsync(ExternalScheme);
            // Read once: the provider's answer is no session, and no one comes back to it.
            await http.SignOutAsync(ExternalScheme);
            if (!external.Succeeded || external.Principal?.FindFirst(Claims.Subject)?.Value is not { Length: > 0 } subject)
            {
                return Results.Redirect(RefusedUrl(target));
            }

            var person = external.Principal;
            var email = bool.TryParse(person.FindFirst("email_verified")?.Value, out var verified) && verified ? person.FindFirst("email")?.Value : null;
            var matches = await readModel.UsersMatching(subject, email);
            // The account linked to this subject; else the one account (not linked yet) with the verified address.
            var account = matches.FirstOrDefault(m => m.ExternalSubject == subject) ?? (matches is [var only] ? only : null);
            if (account is null)
            {
                Log(http).LogInformation("A company account ({Subject}) matched {Count} accounts", subject, matches.Count);
                return Results.Redirect(RefusedUrl(target));
            }

            var role = idp.RoleFromClaim ? RoleOf(person, idp.RoleClaim) : null;
            var answer = await grains.GetGrain<IUserAccountGrain>(account.UserName).SignInExternal(new ExternalSignIn(subject, role, SignInEndpoints.From(http)));
            if (answer is not { Outcome: SignInOutcome.SignedIn, Identity: { } identity })
            {
                return Results.Redirect(RefusedUrl(target));
            }

            await SignInEndpoints.Start(http, identity);
            return Results.Redirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The role the provider's role claim names, when it names exactly one role of ours; else the account's holds.</summary>
    public static Role? RoleOf(ClaimsPrincipal person, string roleClaim)
    {
        var roles = person.FindAll(roleClaim)
            .Select(c => EnumNames.TryParse<Role>(c.Value, ignoreCase: false, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .Distinct()
            .ToList();
        return roles is [var one] ? one : null;
    }

    private static string RefusedUrl(string? returnUrl)
    {
        var target = SignInEndpoints.Local(returnUrl);
        return target == SignInEndpoints.Home ? "/login?notice=company-refused" : $"/login?notice=company-refused&returnUrl={Uri.EscapeDataString(target)}";
    }

    private static ILogger Log(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CompanySignIn).FullName!);
}
