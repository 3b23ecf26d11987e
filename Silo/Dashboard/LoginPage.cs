using System.Text;
using AfterSales.Dashboard.Localization;
using static AfterSales.Silo.Dashboard.Html;

namespace AfterSales.Silo.Dashboard;

/// <summary>The sign-in form: paste a token issued by the token command.</summary>
public static class LoginPage
{
    public static IResult Render(Language language, string returnUrl, string antiforgeryField, string antiforgeryToken, bool invalid)
    {
        var t = ChartTexts.For(language);
        var other = language.Other();
        var header = $"<h1>{E(t.PageTitle)}</h1><a href=\"/login?returnUrl={Uri.EscapeDataString(returnUrl)}&amp;lang={other.Code()}\">{E(ChartTexts.For(other).LanguageName)}</a>";
        var body = new StringBuilder()
            .Append("<section><h2>").Append(E(t.SignInTitle)).Append("</h2>")
            .Append(invalid ? $"<p class=\"error\" role=\"alert\">{E(t.InvalidToken)}</p>" : "")
            .Append("<p>").Append(E(t.SignInHint)).Append("</p>")
            .Append("<form method=\"post\" action=\"/login?lang=").Append(language.Code()).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(E(antiforgeryField)).Append("\" value=\"").Append(E(antiforgeryToken)).Append("\">")
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(E(returnUrl)).Append("\">")
            .Append("<p><label>").Append(E(t.Token)).Append("<br><textarea name=\"token\" rows=\"6\" cols=\"80\" required autocomplete=\"off\" spellcheck=\"false\"></textarea></label></p>")
            .Append("<p><button type=\"submit\">").Append(E(t.SignIn)).Append("</button></p></form></section>");
        return Page(language, t.SignInTitle, header, body.ToString(), invalid ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }
}
