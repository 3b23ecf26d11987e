using System.Net;
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

        var status = http.Response.StatusCode;
        var (zh, en) = status == StatusCodes.Status404NotFound ? ("没有这个页面", "No such page") : ($"错误 {status}", $"Error {status}");
        await BrowserPage.Write(http, $"{zh} · {en}", $"""
            <p>{WebUtility.HtmlEncode(request.Path.Value ?? "")}</p>
            <p><a href="/app">我的工作 · My work</a> · <a href="/">首页 · Home</a></p>
            """);
    }
}
