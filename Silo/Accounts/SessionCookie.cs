using AfterSales.Grains.CodeOfConduct;
using AfterSales.Silo.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AfterSales.Silo.Accounts;

/// <summary>
/// A person's session in the browser: a cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) holding the session's
/// claims, sliding: it ends after <c>Accounts:SessionIdleMinutes</c> without a request. Every request asks the account
/// whether the session's stamp is still current, so that disabling an account, a new password or second factor end its
/// sessions at once. A session that ended sends the browser to sign in again and back to the page it was on, a posted
/// form included (its text is kept in the page: forms.js).
/// Between the password and the second factor, a short-lived cookie of its own (<see cref="AuthSchemes.SignInStep"/>)
/// names the account and the step; it signs no one in.
/// </summary>
public static class SessionCookie
{
    public const string Name = "AfterSales.Session";
    public const string StepName = "AfterSales.SignIn";

    public static AuthenticationBuilder AddSessionCookies(this AuthenticationBuilder authentication, IConfiguration config)
    {
        var idle = TimeSpan.FromMinutes(config.GetValue("Accounts:SessionIdleMinutes", 30));
        authentication.AddCookie(AuthSchemes.Session, o =>
        {
            Harden(o.Cookie, Name);
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            o.LoginPath = "/login";
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnValidatePrincipal = Validate;
            o.Events.OnRedirectToLogin = context =>
            {
                // Pages and the web app's forms go to the sign-in page and come back; everything else is told 401.
                if (BrowserSession.SignsIn(context.Request))
                {
                    BrowserSession.RedirectToSignIn(context.HttpContext);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }

                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        authentication.AddCookie(AuthSchemes.SignInStep, o =>
        {
            Harden(o.Cookie, StepName);
            o.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            o.SlidingExpiration = false;
            o.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect("/login");
                return Task.CompletedTask;
            };
        });

        // The sessions' clock is the rules' clock (a test moves it to see a lock or a session end).
        authentication.Services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.Session)
            .Configure<IServiceProvider>((o, sp) => o.TimeProvider = sp.GetRequiredKeyedService<TimeProvider>(RulesClock.Key));
        authentication.Services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.SignInStep)
            .Configure<IServiceProvider>((o, sp) => o.TimeProvider = sp.GetRequiredKeyedService<TimeProvider>(RulesClock.Key));
        return authentication;
    }

    private static void Harden(CookieBuilder cookie, string name)
    {
        cookie.Name = name;
        cookie.HttpOnly = true;
        // Lax, not Strict: a person coming back from the company's sign-in page, or a client app's browser opening
        // /connect/authorize, arrives from another site. Nothing changes on a GET, and every form carries antiforgery.
        cookie.SameSite = SameSiteMode.Lax;
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.Path = "/";
        cookie.IsEssential = true;
    }

    // The account still lets this session in (enabled, same stamp); its role or reach may have moved meanwhile.
    private static async Task Validate(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || SessionPrincipal.AccountOf(principal) is null)
        {
            context.RejectPrincipal();
            return;
        }

        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var identity = await SessionPrincipal.Current(grains, principal);
        if (identity is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Session);
            return;
        }

        var current = SessionPrincipal.Of(identity, AuthSchemes.Session, principal.FindFirst(SessionPrincipal.SessionId)?.Value);
        if (!Same(principal, current))
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
    }

    private static bool Same(System.Security.Claims.ClaimsPrincipal a, System.Security.Claims.ClaimsPrincipal b) =>
        a.Claims.Select(c => $"{c.Type}={c.Value}").Order().SequenceEqual(b.Claims.Select(c => $"{c.Type}={c.Value}").Order());
}
