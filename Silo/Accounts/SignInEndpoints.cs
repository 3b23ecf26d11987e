using System.Globalization;
using System.Security.Claims;
using AfterSales.Dashboard.App.Pages.Accounts;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.Silo.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AfterSales.Silo.Accounts;

/// <summary>
/// Signing in as a person (docs/api.md "Accounts and sign-in"): <c>/login</c> with a user name and password, then
/// <c>/login/second-factor</c> where the account has one, or <c>/account/second-factor</c> where its role needs one not
/// set up yet; <c>POST /logout</c>. Every refusal is the same page, so that no one learns which user names exist; every
/// sign-in starts a new session (a new cookie and session id); the return URL is only ever a path of this site.
/// </summary>
public static class SignInEndpoints
{
    public const string Home = "/app";

    private const string StepClaim = "step";
    private const string ReturnClaim = "returnUrl";
    private const string Enrol = "enrol";
    private const string Verify = "verify";

    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (string? returnUrl, string? notice, HttpContext http, IAntiforgery antiforgery, IConfiguration config) =>
            Page<SignIn>(http, antiforgery, StatusCodes.Status200OK, new()
            {
                [nameof(SignIn.ReturnUrl)] = Local(returnUrl),
                [nameof(SignIn.Notice)] = notice is "password-set" or "signed-out" or "company-refused" ? notice : null,
                [nameof(SignIn.CompanyAccount)] = CompanySignIn.IsConfigured(config),
            })).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/login", async (
            [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl, HttpContext http, IAntiforgery antiforgery,
            IGrainFactory grains, IConfiguration config) =>
        {
            var target = Local(returnUrl);
            var answer = UserNames.IsValid(userName)
                ? await grains.GetGrain<IUserAccountGrain>(UserNames.Normalize(userName)).SignIn(new PasswordAttempt(password, From(http)))
                : SignInAnswer.Refused;
            switch (answer.Outcome)
            {
                case SignInOutcome.SignedIn:
                    await Start(http, answer.Identity!);
                    return Results.Redirect(target);
                case SignInOutcome.SecondFactorRequired or SignInOutcome.EnrolmentRequired:
                    await http.SignInAsync(AuthSchemes.SignInStep, Step(UserNames.Normalize(userName), answer.Stamp,
                        answer.Outcome == SignInOutcome.EnrolmentRequired ? Enrol : Verify, target));
                    return Results.Redirect(answer.Outcome == SignInOutcome.EnrolmentRequired ? "/account/second-factor" : "/login/second-factor");
                default:
                    return Page<SignIn>(http, antiforgery, StatusCodes.Status401Unauthorized, new()
                    {
                        [nameof(SignIn.ReturnUrl)] = target, [nameof(SignIn.Refused)] = true, [nameof(SignIn.UserName)] = userName,
                        [nameof(SignIn.CompanyAccount)] = CompanySignIn.IsConfigured(config),
                    });
            }
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/login/second-factor", async (HttpContext http, IAntiforgery antiforgery) =>
            await StepOf(http, Verify) is null
                ? Results.Redirect("/login")
                : Page<SecondFactorSignIn>(http, antiforgery, StatusCodes.Status200OK, [])).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/login/second-factor", async ([FromForm] string code, HttpContext http, IAntiforgery antiforgery, IGrainFactory grains) =>
        {
            if (await StepOf(http, Verify) is not { } step)
            {
                return Results.Redirect("/login");
            }

            var answer = await grains.GetGrain<IUserAccountGrain>(step.UserName).VerifySecondFactor(new SecondFactorAttempt(code, step.Stamp, From(http)));
            if (answer.Outcome != SignInOutcome.SignedIn)
            {
                return Page<SecondFactorSignIn>(http, antiforgery, StatusCodes.Status401Unauthorized, new() { [nameof(SecondFactorSignIn.Refused)] = true });
            }

            await Start(http, answer.Identity!);
            return Results.Redirect(step.ReturnUrl);
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(AuthSchemes.Session);
            await http.SignOutAsync(AuthSchemes.SignInStep);
            return Results.Redirect("/login?notice=signed-out");
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapCompanySignIn(app.ServiceProvider.GetRequiredService<IConfiguration>());
    }

    /// <summary>A new session for the person: a new cookie and session id, whatever session the browser had before.</summary>
    public static async Task Start(HttpContext http, SessionIdentity identity)
    {
        await http.SignOutAsync(AuthSchemes.SignInStep);
        await http.SignInAsync(AuthSchemes.Session, SessionPrincipal.Of(identity, AuthSchemes.Session), new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>Only a path of this site: never an open redirect (<c>//evil</c>, <c>/\evil</c>, <c>https://...</c>).</summary>
    public static string Local(string? returnUrl) =>
        returnUrl is ['/', ..] && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : Home;

    /// <summary>The address a request came from, for the account's history.</summary>
    public static string? From(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    /// <summary>The step of a sign-in half done (the password was right): whose, at which stamp, and where it goes next.</summary>
    public static async Task<(string UserName, int Stamp, string ReturnUrl)?> StepOf(HttpContext http, string kind)
    {
        var result = await http.AuthenticateAsync(AuthSchemes.SignInStep);
        var p = result.Principal;
        return result.Succeeded && p?.FindFirst(StepClaim)?.Value == kind && SessionPrincipal.AccountOf(p) is { } account
            ? (account.UserName, account.Stamp, Local(p.FindFirst(ReturnClaim)?.Value))
            : null;
    }

    public static Task<(string UserName, int Stamp, string ReturnUrl)?> EnrolmentStepOf(HttpContext http) => StepOf(http, Enrol);

    private static ClaimsPrincipal Step(string userName, int stamp, string kind, string returnUrl) =>
        new(new ClaimsIdentity(
            [
                new Claim(SessionPrincipal.UserName, userName), new Claim(SessionPrincipal.Stamp, stamp.ToString(CultureInfo.InvariantCulture)),
                new Claim(StepClaim, kind), new Claim(ReturnClaim, returnUrl),
            ],
            AuthSchemes.SignInStep));

    /// <summary>A sign-in or account page, with the antiforgery field its form posts back.</summary>
    public static RazorComponentResult<TPage> Page<TPage>(HttpContext http, IAntiforgery antiforgery, int status, Dictionary<string, object?> parameters)
        where TPage : IComponent
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        parameters["Token"] = new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
        // Not kept by a shared cache, and never framed (the security headers say so for every answer).
        http.Response.Headers.CacheControl = "no-store";
        return new RazorComponentResult<TPage>(parameters) { StatusCode = status };
    }
}
