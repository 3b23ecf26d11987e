using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Dashboard.App;

/// <summary>
/// The web app under <c>/app</c> (docs/api.md "The web app"): Razor components rendered on the server, forms posted back,
/// in Chinese (the default) and English by ASP.NET Core's request localization (<c>?lang=zh|en</c>, kept in a cookie,
/// else the browser's languages). The host supplies who the caller is (<see cref="IWebCaller"/>) and the lists
/// (<see cref="ITicketLists"/>); every page calls the same grains and access policy as the API.
/// </summary>
public static class WebAppHosting
{
    private static readonly CultureInfo[] Cultures = [new("zh"), new("en")];

    public static IServiceCollection AddWebApp(this IServiceCollection services)
    {
        // Server rendering with forms; the live parts of a page (a ticket's clocks and news, the desk's queue) run interactive on the server.
        services.AddRazorComponents().AddInteractiveServerComponents();

        // Chinese stays Chinese in the HTML (not &#x...; entities); markup characters are still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>The language a page was asked in (<c>?lang=</c>) is kept for the next pages.</summary>
    public static IApplicationBuilder UseWebAppLanguage(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use((http, next) =>
        {
            if (http.Request.Query.TryGetValue("lang", out var lang) && Cultures.Any(c => c.Name == lang.ToString()))
            {
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang.ToString())),
                    new CookieOptions { Path = "/", SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
            }

            return next(http);
        });
    }

    public static void MapWebApp(this IEndpointRouteBuilder app) =>
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization();
}
