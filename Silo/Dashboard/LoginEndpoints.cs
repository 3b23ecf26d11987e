using AfterSales.Dashboard.App.Pages;
using AfterSales.Silo.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace AfterSales.Silo.Dashboard;

/// <summary>/login (GET the form, POST a token) and /logout for browsers; the token is checked like any bearer token.</summary>
public static class LoginEndpoints
{
    public const string Home = "/app";

    public static void MapLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (string? returnUrl, HttpContext http, IAntiforgery antiforgery) =>
            Page(http, antiforgery, Local(returnUrl), invalid: false)).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/login", async (
            [FromForm] string token, [FromForm] string? returnUrl, HttpContext http, TokenCheck check, IAntiforgery antiforgery) =>
        {
            // The very checks the bearer handler of the token's issuer makes: issuer, audience, signing key, lifetime.
            if (await check.Validate(token.Trim(), http.RequestAborted) is not { } jwt)
            {
                return (IResult)Page(http, antiforgery, Local(returnUrl), invalid: true);
            }

            BrowserSession.Start(http, jwt.EncodedToken, jwt.ValidTo);
            return Results.Redirect(Local(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/logout", (HttpContext http) =>
        {
            BrowserSession.End(http);
            return Results.Redirect("/login");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>Only a path of this site: never an open redirect (<c>//evil</c>, <c>/\evil</c>, <c>https://...</c>).</summary>
    public static string Local(string? returnUrl) =>
        returnUrl is ['/', ..] && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : Home;

    private static RazorComponentResult<SignIn> Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, bool invalid)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new RazorComponentResult<SignIn>(new Dictionary<string, object?>
        {
            [nameof(SignIn.ReturnUrl)] = returnUrl, [nameof(SignIn.Invalid)] = invalid,
            [nameof(SignIn.AntiforgeryField)] = tokens.FormFieldName, [nameof(SignIn.AntiforgeryToken)] = tokens.RequestToken ?? "",
        })
        {
            StatusCode = invalid ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK,
        };
    }
}
