using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AfterSales.Silo.Auth;

/// <summary>
/// Which requests a browser's session cookie (<see cref="Accounts.SessionCookie"/>) signs in: reading the pages (GET,
/// HEAD under /dashboard, /orleans, /metrics, /api-docs, the API document it shows, the evidence and print links), the web app
/// under /app (and its live parts under /_blazor), whose forms carry antiforgery tokens, and the account's own pages.
/// The API stays bearer-only, so a cookie never changes anything through it.
/// </summary>
public static class BrowserSession
{
    private static readonly PathString[] CookiePaths = ["/dashboard", "/orleans", "/metrics", "/api-docs", "/openapi", "/api/attachments"];

    // The pages a browser that is not signed in is sent to the sign-in page from.
    private static readonly PathString[] SignInPages = ["/dashboard", "/api-docs", "/app", "/orleans", "/account", "/connect/authorize"];

    /// <summary>The sign-in page, coming back to <paramref name="returnUrl"/>.</summary>
    public static string LoginUrl(string returnUrl) => $"/login?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>The page a request was on, to come back to after signing in.</summary>
    public static string Here(HttpRequest request) => $"{request.PathBase}{request.Path}{request.QueryString}";

    /// <summary>Whether the request is signed in by the session cookie rather than a bearer token.</summary>
    public static bool UsesCookie(HttpRequest request) =>
        !request.Headers.ContainsKey("Authorization") && request.Cookies.ContainsKey(Accounts.SessionCookie.Name) && ReadsCookie(request);

    /// <summary>A browser's page, or a form of the web app: not signed in, it is sent to sign in (and back).</summary>
    public static bool SignsIn(HttpRequest request) =>
        SignInPages.Any(p => request.Path.StartsWithSegments(p)) && !request.Headers.ContainsKey("Authorization")
        && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || (HttpMethods.IsPost(request.Method) && (request.Path.StartsWithSegments("/app") || request.Path.StartsWithSegments("/account"))));

    /// <summary>
    /// Sends the browser to sign in and come back: a page with 302, a posted form with 303 (its answer is then a GET of
    /// the sign-in page; the form's text waits in the page, forms.js).
    /// </summary>
    public static void RedirectToSignIn(HttpContext http)
    {
        http.Response.StatusCode = HttpMethods.IsPost(http.Request.Method) ? StatusCodes.Status303SeeOther : StatusCodes.Status302Found;
        http.Response.Headers.Location = LoginUrl(Here(http.Request));
    }

    /// <summary>A browser with no session at all (the bearer scheme's challenge) is sent to sign in as well.</summary>
    public static void Configure(JwtBearerOptions options)
    {
        options.Events ??= new JwtBearerEvents();
        options.Events.OnChallenge = context =>
        {
            if (SignsIn(context.Request))
            {
                context.HandleResponse();
                RedirectToSignIn(context.HttpContext);
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>The bearer token of a request (the Authorization header); the cookie is a session, not a token.</summary>
    public static string? TokenOf(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    // The print links of the ticket and site pages: GET /api/tickets/{id}/report.pdf, .../{serial}/commissioning.pdf.
    private static bool IsReportPdf(PathString path) =>
        (path.StartsWithSegments("/api/tickets") && path.Value!.EndsWith("/report.pdf", StringComparison.Ordinal))
        || (path.StartsWithSegments("/api/sites") && path.Value!.EndsWith("/commissioning.pdf", StringComparison.Ordinal));

    // The web app's forms post with the cookie too: each carries an antiforgery token that its endpoint checks. The
    // live parts of its pages connect under /_blazor (SignalR's negotiation is a POST); they only read, and only the
    // components a page of this site rendered for this browser (their descriptors are protected).
    private static bool ReadsCookie(HttpRequest request) =>
        ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && (CookiePaths.Any(p => request.Path.StartsWithSegments(p)) || IsReportPdf(request.Path)))
        || request.Path.StartsWithSegments("/app") || request.Path.StartsWithSegments("/_blazor")
        || request.Path.StartsWithSegments("/account") || request.Path.StartsWithSegments("/connect/authorize");
}
