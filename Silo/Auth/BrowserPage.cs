namespace AfterSales.Silo.Auth;

/// <summary>A short page for a browser that asked for a page and gets a refusal or an error instead of it.</summary>
public static class BrowserPage
{
    /// <summary>A browser asking for a page (not the API, which answers problem details).</summary>
    public static bool Wanted(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal)
        && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi");

    /// <param name="body">The page's content after its heading, already HTML-encoded.</param>
    public static Task Write(HttpContext http, string heading, string body)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{http.Response.StatusCode}</title></head>
            <body style="font-family: system-ui, sans-serif; margin: 0 auto; max-width: 40rem; padding: 1rem">
            <main>
            <h1>{heading}</h1>
            {body}
            </main>
            </body></html>
            """);
    }
}
