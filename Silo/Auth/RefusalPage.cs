using AfterSales.Dashboard.App.Pages;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Common;

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
        return BrowserPage.Write<RefusedPage>(http, new Dictionary<string, object?>
        {
            [nameof(RefusedPage.Path)] = path.Value ?? "",
            [nameof(RefusedPage.Role)] = CallerRole.Of(http.User),
            [nameof(RefusedPage.Caller)] = CallerRole.Describe(http.User),
            [nameof(RefusedPage.WhoMay)] = grant is null ? null : (IReadOnlyList<Role>)[.. grant.Roles.Keys],
            [nameof(RefusedPage.SignInAgain)] = BrowserSession.LoginUrl($"{http.Request.PathBase}{path}{http.Request.QueryString}"),
        });
    }
}
