using AfterSales.Dashboard.App.Pages;
using AfterSales.Silo.Auth;
using Microsoft.AspNetCore.Diagnostics;

namespace AfterSales.Silo.Api;

/// <summary>
/// An answer without a body: problem details for API clients, a page for a browser asking for a page (404 "no such
/// page" with the way back, and the like).
/// </summary>
public static class StatusPages
{
    public static async Task Write(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!BrowserPage.Wanted(request))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http });
            return;
        }

        await BrowserPage.Write<StatusPage>(http, new Dictionary<string, object?>
        {
            [nameof(StatusPage.Status)] = http.Response.StatusCode, [nameof(StatusPage.Path)] = request.Path.Value ?? "",
        });
    }
}
