using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AfterSales.Silo.Auth;

/// <summary>
/// A browser's sign-in: the same JWT the API takes, kept in an HTTP-only, SameSite=Strict cookie (Secure over
/// HTTPS). The bearer handlers (own tokens and the identity provider's) read the cookie when there is no Authorization header,
/// but only for reading the pages (GET, HEAD under /dashboard, /orleans, /api-docs and the API document it shows) and
/// for the web app under /app (and its live parts under /_blazor), whose forms carry antiforgery tokens (SameSite=Strict besides). The API stays
/// bearer-only, so a cookie never changes anything through it.
/// </summary>
public static class BrowserSession
{
    public const string CookieName = "AfterSales.Session";

    private static readonly PathString[] CookiePaths = ["/dashboard", "/orleans", "/api-docs", "/openapi", "/api/attachments"];

    // The pages a browser that is not signed in is sent to the sign-in page from.
    private static readonly PathString[] SignInPages = ["/dashboard", "/api-docs", "/app", "/orleans"];

    /// <summary>The sign-in page, coming back to <paramref name="returnUrl"/>.</summary>
    public static string LoginUrl(string returnUrl) => $"/login?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static void Configure(JwtBearerOptions options)
    {
        options.Events ??= new JwtBearerEvents();
        options.Events.OnMessageReceived = context =>
        {
            if (!context.Request.Headers.ContainsKey("Authorization") && CookieToken(context.Request) is { } token)
            {
                context.Token = token;
            }

            return Task.CompletedTask;
        };

        // A browser that is not signed in (or whose token expired) is sent to the sign-in page; API clients get 401.
        options.Events.OnChallenge = context =>
        {
            var request = context.Request;
            if (SignInPages.Any(p => request.Path.StartsWithSegments(p)) && !request.Headers.ContainsKey("Authorization")
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            {
                context.HandleResponse();
                context.Response.Redirect(LoginUrl($"{request.PathBase}{request.Path}{request.QueryString}"));
            }

            return Task.CompletedTask;
        };
    }

    public static void Start(HttpContext http, string token, DateTime expiresUtc) =>
        http.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            Expires = new DateTimeOffset(expiresUtc, TimeSpan.Zero),
            IsEssential = true,
        });

    public static void End(HttpContext http) =>
        http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/", HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict });

    // The print links of the ticket and site pages: GET /api/tickets/{id}/report.pdf, .../{serial}/commissioning.pdf.
    private static bool IsReportPdf(PathString path) =>
        (path.StartsWithSegments("/api/tickets") && path.Value!.EndsWith("/report.pdf", StringComparison.Ordinal))
        || (path.StartsWithSegments("/api/sites") && path.Value!.EndsWith("/commissioning.pdf", StringComparison.Ordinal));

    /// <summary>The token of a request, as the bearer handler will read it: the Authorization header, else the cookie.</summary>
    public static string? TokenOf(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        return header is not null
            ? header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null
            : CookieToken(request);
    }

    private static string? CookieToken(HttpRequest request) =>
        ReadsCookie(request) && request.Cookies.TryGetValue(CookieName, out var token) && !string.IsNullOrEmpty(token) ? token : null;

    // The web app's forms post with the cookie too: each carries an antiforgery token that its endpoint checks. The
    // live parts of its pages connect under /_blazor (SignalR's negotiation is a POST); they only read, and only the
    // components a page of this site rendered for this browser (their descriptors are protected).
    private static bool ReadsCookie(HttpRequest request) =>
        ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && (CookiePaths.Any(p => request.Path.StartsWithSegments(p)) || IsReportPdf(request.Path)))
        || request.Path.StartsWithSegments("/app") || request.Path.StartsWithSegments("/_blazor");
}
