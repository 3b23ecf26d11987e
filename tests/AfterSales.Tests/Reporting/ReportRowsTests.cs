using AfterSales.Grains.Reporting;

namespace AfterSales.Tests.Reporting;

/// <summary>What a response-time row counts: breaches are missed deadlines, breached tickets the tickets behind them.</summary>
public sealed class ReportRowsTests
{
    [Fact]
    public void R_TKT_3_a_ticket_late_to_answer_and_late_on_site_is_two_breaches_of_one_breached_ticket()
    {
        var at = DateTimeOffset.Parse("2026-11-02T08:00:00+08:00");
        var row = ReportRows.ResponseTimes("2026-W45", [new(at, 5, 40, null, 2), new(at, 1, 10, null, 0), new(at, 3, 8, null, 1)], 2, 24);
        Assert.Equal((3, 2), (row.Breaches, row.BreachedTickets));
    }
}
