using System.Globalization;
using System.Text;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Silo.ReadModels;
using static AfterSales.Silo.Dashboard.Html;

namespace AfterSales.Silo.Dashboard;

/// <summary>GET /dashboard/tickets: the tickets behind the figures, each linking to its record in the API.</summary>
public static class TicketsPage
{
    public static IResult Render(Language language, DashboardQuery q, bool? breached, Page<TicketSummary> page, Actor user)
    {
        var tickets = page.Items;
        var t = ChartTexts.For(language);
        var b = new StringBuilder()
            .Append("<section><h2>").Append(E(breached == true ? t.ViewBreachedTickets : t.TicketsTitle)).Append(" (").Append(tickets.Count).Append(")</h2>")
            .Append("<p><a href=\"/dashboard").Append(E(q.QueryString(language.Code()))).Append("\">").Append(E(t.BackToDashboard)).Append("</a></p>")
            .Append("<table><thead><tr>");
        foreach (var h in new[] { t.Ticket, t.Status, t.Customer, t.Machine, t.ProductLine, t.Engineer, t.Station, t.Received, t.Breached })
        {
            b.Append("<th>").Append(E(h)).Append("</th>");
        }

        b.Append("</tr></thead><tbody>");
        foreach (var ticket in tickets)
        {
            b.Append("<tr><td>").Append(E(ticket.Id)).Append("</td><td>").Append(E(ticket.Status.ToString())).Append("</td><td>").Append(E(ticket.CustomerId))
                .Append("</td><td>").Append(E(ticket.MachineSerial)).Append("</td><td>").Append(E(ticket.ProductLine.ToString()))
                .Append("</td><td>").Append(E(ticket.EngineerId)).Append("</td><td>").Append(E(ticket.StationId))
                .Append("</td><td>").Append(E(ticket.ReceivedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))
                .Append("</td><td>").Append(ticket.Breached ? $"<span class=\"missed\">{E(t.Yes)}</span>" : E(t.No)).Append("</td></tr>");
        }

        b.Append("</tbody></table>");
        if (page.Next is { } next)
        {
            var extra = new Dictionary<string, string> { ["cursor"] = next };
            if (breached is { } only)
            {
                extra["breached"] = only ? "true" : "false";
            }

            b.Append("<p><a rel=\"next\" href=\"/dashboard/tickets").Append(E(q.QueryString(language.Code(), extra))).Append("\">&rarr;</a></p>");
        }

        b.Append("</section>");
        return Page(language, t.TicketsTitle, DashboardPage.Header(t, language, q, user, "/dashboard/tickets"), b.ToString());
    }
}
