namespace AfterSales.Silo.Api;

/// <summary>
/// Headers on every answer: no content sniffing, no referrer, no framing; API answers (personal data) are never
/// cached; pages get a content security policy that allows only this origin. The Orleans dashboard keeps its own
/// scripts and is left without a CSP.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The sign-in pages' policy: their forms end where the sign-in began, which may be a client app's loopback
    /// redirect (RFC 8252: <c>http://127.0.0.1:{any port}</c>) or a configured one, after <c>/connect/authorize</c>, or
    /// the company's identity provider; browsers hold a form's redirects to <c>form-action</c> too.
    /// </summary>
    public static string SignInPolicy(IConfiguration config)
    {
        var origins = OAuth.AppClient.ConfiguredRedirectUris(config).Select(u => new Uri(u).GetLeftPart(UriPartial.Authority))
            .Append(Accounts.CompanySignIn.ProviderOrigin(config))
            .OfType<string>().Distinct();
        return PagePolicy.Replace("form-action 'self'", $"form-action 'self' http://127.0.0.1:* http://[::1]:* {string.Join(' ', origins)}".TrimEnd(), StringComparison.Ordinal);
    }

    public static Func<RequestDelegate, RequestDelegate> Add(IConfiguration config)
    {
        var signIn = SignInPolicy(config);
        return next => http => Add(next, http, signIn);
    }

    private static Task Add(RequestDelegate next, HttpContext http, string signInPolicy)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            var path = http.Request.Path;
            if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health"))
            {
                headers.CacheControl = "no-store";
            }
            else if (!path.StartsWithSegments("/orleans"))
            {
                headers.ContentSecurityPolicy = path.StartsWithSegments("/login") || path.StartsWithSegments("/account/second-factor") ? signInPolicy : PagePolicy;
            }

            return Task.CompletedTask;
        });
        return next(http);
    }
}
