using System.Net;
using AfterSales.GrainInterfaces.Access;

namespace AfterSales.Silo.Auth;

/// <summary>The 403 a browser sees for a page its role may not open: which roles may, and a way to sign in as another.</summary>
public static class RefusalPage
{
    public static Task Write(HttpContext http)
    {
        var path = http.Request.Path;
        var grant = path.StartsWithSegments("/orleans") ? AccessPolicy.Of(ClusterOperation.Dashboard)
            : path.StartsWithSegments("/dashboard") ? AccessPolicy.Of(ReportOperation.Dashboard)
            : null;
        var who = grant is null ? "every role of this service · 本系统的各角色" : string.Join(", ", grant.Roles.Keys);
        var role = CallerRole.Of(http.User)?.ToString() ?? CallerRole.Describe(http.User);
        var again = BrowserSession.LoginUrl($"{http.Request.PathBase}{path}{http.Request.QueryString}");
        return BrowserPage.Write(http, "您的角色无权打开此页 · Not for your role", $"""
            <p>{WebUtility.HtmlEncode(role)}: {WebUtility.HtmlEncode(path.Value ?? "")}</p>
            <p>可以打开的角色 · Who may: {WebUtility.HtmlEncode(who)}</p>
            <p><a href="{WebUtility.HtmlEncode(again)}">换个角色登录 · Sign in as another role</a> · <a href="/app">我的工作 · My work</a></p>
            """);
    }
}
