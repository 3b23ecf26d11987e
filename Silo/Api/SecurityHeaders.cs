using AfterSales.Silo.Accounts;

namespace AfterSales.Silo.Api;

/// <summary>
/// Headers on every answer: no content sniffing, no referrer, no framing; API answers (personal data) are never
/// cached; pages get a content security policy that allows only this origin. The Orleans dashboard keeps its own
/// scripts and is left without a CSP. The sign-in pages' form may also lead to the company's identity provider (the
/// browser checks <c>form-action</c> at every redirect that follows a form: Accounts/CompanySignIn).
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static Func<RequestDelegate, RequestDelegate> Add(IConfiguration config)
    {
        var signInPolicy = CompanySignIn.ProviderOrigin(config) is { } provider ? $"{PagePolicy} {provider}" : PagePolicy;
        return next => http =>
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
                    headers.ContentSecurityPolicy = path.StartsWithSegments("/login") ? signInPolicy : PagePolicy;
                }

                return Task.CompletedTask;
            });
            return next(http);
        };
    }
}
