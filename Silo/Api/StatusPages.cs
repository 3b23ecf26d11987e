using System.Net;
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
        var page = request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal)
            && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi");
        if (!page)
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http });
            return;
        }

        var status = http.Response.StatusCode;
        var (zh, en) = status == StatusCodes.Status404NotFound ? ("没有这个页面", "No such page") : ($"错误 {status}", $"Error {status}");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{status}</title></head>
            <body style="font-family: system-ui, sans-serif; margin: 0 auto; max-width: 40rem; padding: 1rem">
            <main>
            <h1>{zh} · {en}</h1>
            <p>{WebUtility.HtmlEncode(request.Path.Value ?? "")}</p>
            <p><a href="/app">我的工作 · My work</a> · <a href="/">首页 · Home</a></p>
            </main>
            </body></html>
            """);
    }
}
