using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Components;

namespace AfterSales.Silo.Auth;

/// <summary>The pages a browser gets instead of problem details: a refusal, a status without a body.</summary>
public static class BrowserPage
{
    /// <summary>A browser asking for a page (not the API, which answers problem details).</summary>
    public static bool Wanted(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal)
        && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi");

    /// <summary>Renders the web app's page component with the answer's status code.</summary>
    public static async Task Write<TPage>(HttpContext http, IReadOnlyDictionary<string, object?> parameters)
        where TPage : IComponent
    {
        // A page of the app may have answered without a body already (no route of it matched): this page is rendered
        // in a scope of its own, and the first one's mark on the answer is taken off.
        http.Response.Headers.Remove("blazor-enhanced-nav");
        var services = http.RequestServices;
        await using var scope = services.CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        try
        {
            await new RazorComponentResult<TPage>(parameters) { StatusCode = http.Response.StatusCode }.ExecuteAsync(http);
        }
        finally
        {
            http.RequestServices = services;
        }
    }
}
