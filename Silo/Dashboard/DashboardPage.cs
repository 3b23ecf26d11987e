using System.Globalization;
using System.Text;
using AfterSales.Dashboard.Charts;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Common;
using static AfterSales.Silo.Dashboard.Html;
using static System.FormattableString;

namespace AfterSales.Silo.Dashboard;

/// <summary>GET /dashboard: filters, this month's figures against their targets, the charts, links to the tickets.</summary>
public static class DashboardPage
{
    public static IResult Render(Language language, DashboardQuery q, MonthFigures month, Actor user)
    {
        var t = ChartTexts.For(language);
        var body = new StringBuilder();
        Filters(body, q, language, t);
        Figures(body, month, q, t);
        Charts(body, q, language, t);
        return Page(language, t.PageTitle, Header(t, language, q, user, "/dashboard"), body.ToString());
    }

    public static string Header(ChartTexts t, Language language, DashboardQuery q, Actor user, string path)
    {
        var other = language.Other();
        var orleans = user.Role is Role.Operations or Role.ServiceManager ? "<a href=\"/orleans/\">Orleans</a>" : "";
        return $"<h1>{E(t.PageTitle)}</h1><a href=\"{E(path + q.QueryString(other.Code()))}\" hreflang=\"{other.Code()}\">{E(ChartTexts.For(other).LanguageName)}</a>"
            + $"{orleans}<span>{E(t.SignedInAs)} {E(user.UserId)} ({E(user.Role.ToString())})</span><a href=\"/logout\">{E(t.SignOut)}</a>";
    }

    private static void Filters(StringBuilder b, DashboardQuery q, Language language, ChartTexts t)
    {
        b.Append("<section><h2>").Append(E(t.Filters)).Append("</h2><form class=\"filters\" method=\"get\" action=\"/dashboard\">")
            .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(language.Code()).Append("\">");
        Text(b, t.Region, "region", q.Region);
        Text(b, t.Station, "stationId", q.StationId);
        Text(b, t.Engineer, "engineerId", q.EngineerId);
        b.Append("<label>").Append(E(t.ProductLine)).Append("<select name=\"productLine\"><option value=\"\">").Append(E(t.All)).Append("</option>");
        foreach (var line in Enum.GetValues<ProductLine>())
        {
            b.Append("<option").Append(q.ProductLine?.Value == line ? " selected" : "").Append('>').Append(line).Append("</option>");
        }

        b.Append("</select></label>");
        Date(b, t.From, "from", q.From);
        Date(b, t.To, "to", q.To);
        b.Append("<button type=\"submit\">").Append(E(t.Apply)).Append("</button></form></section>");
    }

    private static void Figures(StringBuilder b, MonthFigures m, DashboardQuery q, ChartTexts t)
    {
        var r = m.ResponseTimes;
        b.Append("<section><h2>").Append(E(t.ThisMonth)).Append(' ').Append(E(m.Month)).Append("</h2><table><thead><tr><th>")
            .Append(E(t.Figure)).Append("</th><th>").Append(E(t.Actual)).Append("</th><th>").Append(E(t.Target)).Append("</th><th></th></tr></thead><tbody>");
        Row(b, t.Tickets, r.Tickets.ToString(CultureInfo.InvariantCulture), "", null, t);
        Hours(b, $"{t.FirstResponse} P50", r.FirstResponseP50Hours, r.TargetFirstResponseHours, t);
        Hours(b, $"{t.FirstResponse} P90", r.FirstResponseP90Hours, r.TargetFirstResponseHours, t);
        Hours(b, $"{t.TimeToSite} P50", r.TimeToSiteP50Hours, r.TargetTimeToSiteHours, t);
        Hours(b, $"{t.TimeToSite} P90", r.TimeToSiteP90Hours, r.TargetTimeToSiteHours, t);
        Row(b, t.Breaches, r.Breaches.ToString(CultureInfo.InvariantCulture), "0", r.Breaches == 0, t);
        var rate = m.Satisfaction?.Rate;
        Row(b, t.Satisfaction, rate is null ? "—" : Invariant($"{rate * 100:0.0}% ({m.Satisfaction!.Satisfied}/{m.Satisfaction.Responses})"),
            Invariant($"≥ {m.SatisfactionTarget * 100:0.#}%"), rate is null ? null : rate >= m.SatisfactionTarget, t);
        Row(b, t.OverdueOldParts, m.OverdueOldParts.ToString(CultureInfo.InvariantCulture), "0", m.OverdueOldParts == 0, t);
        b.Append("</tbody></table><p><a href=\"/dashboard/tickets").Append(E(q.QueryString())).Append("\">").Append(E(t.ViewTickets)).Append("</a> · ")
            .Append("<a href=\"/dashboard/tickets").Append(E(q.QueryString(extra: new Dictionary<string, string> { ["breached"] = "true" })))
            .Append("\">").Append(E(t.ViewBreachedTickets)).Append("</a></p></section>");
    }

    private static void Charts(StringBuilder b, DashboardQuery q, Language language, ChartTexts t)
    {
        var query = E(q.QueryString(language.Code()));
        b.Append("<div class=\"charts\">");
        foreach (var kind in ChartNames.All)
        {
            var src = $"/dashboard/charts/{kind.Name()}";
            b.Append("<figure><img src=\"").Append(src).Append(".png").Append(query).Append("\" alt=\"").Append(E(Title(kind, t)))
                .Append("\" width=\"").Append(ChartRenderer.Width).Append("\" height=\"").Append(ChartRenderer.Height).Append("\">")
                .Append("<figcaption><a href=\"").Append(src).Append(".svg").Append(query).Append("\">SVG</a></figcaption></figure>");
        }

        b.Append("</div>");
    }

    public static string Title(ChartKind kind, ChartTexts t) => kind switch
    {
        ChartKind.ResponseTimes => t.ResponseTimesTitle,
        ChartKind.Satisfaction => t.SatisfactionTitle,
        ChartKind.Breaches => t.BreachesTitle,
        ChartKind.SatisfactionByEngineer => t.SatisfactionByEngineerTitle,
        _ => t.SatisfactionByStationTitle,
    };

    private static void Hours(StringBuilder b, string label, double? hours, double target, ChartTexts t) =>
        Row(b, label, hours is null ? "—" : Invariant($"{hours:0.0} h"), Invariant($"≤ {target:0.#} h"), hours is null ? null : hours <= target, t);

    private static void Row(StringBuilder b, string label, string actual, string target, bool? met, ChartTexts t)
    {
        var mark = met switch { true => $"<span class=\"met\">{E(t.Met)}</span>", false => $"<span class=\"missed\">{E(t.Missed)}</span>", _ => "" };
        b.Append("<tr><td>").Append(E(label)).Append("</td><td>").Append(E(actual)).Append("</td><td>").Append(E(target)).Append("</td><td>").Append(mark).Append("</td></tr>");
    }

    private static void Text(StringBuilder b, string label, string name, string? value) =>
        b.Append("<label>").Append(E(label)).Append("<input name=\"").Append(name).Append("\" value=\"").Append(E(value)).Append("\"></label>");

    private static void Date(StringBuilder b, string label, string name, DateOnly? value) =>
        b.Append("<label>").Append(E(label)).Append("<input type=\"date\" name=\"").Append(name).Append("\" value=\"")
            .Append(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"></label>");
}
