using AfterSales.Dashboard.App.Tickets;
using AfterSales.GrainInterfaces.Access;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.WebApp;

/// <summary>The ticket page's forms are bound to the grain's commands by the compiler: every operation has its form or a page of its own, once.</summary>
public sealed class TicketCommandFormTests
{
    [Fact]
    public void Every_ticket_operation_has_exactly_one_form_or_a_page_of_its_own()
    {
        var covered = TicketCommandForm.All.Select(f => f.Operation).Concat(TicketCommandForm.Elsewhere).ToList();

        Assert.Equal(covered.Distinct(), covered);
        Assert.Equal(Enum.GetValues<TicketOperation>().Order(), covered.Order());
        Assert.Equal(TicketCommandForm.All.Select(f => f.Operation).Order(), TicketCommandForm.All.Select(f => f.Operation));
    }

    [Fact]
    public void R_MCH_3_the_arrival_form_reads_the_hours_as_a_number_and_leaves_them_out_when_empty()
    {
        var arrival = TicketCommandForm.All.Single(f => f.Operation == TicketOperation.RecordArrival);
        var json = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);

        Assert.Equal(["hours"], arrival.Fields.Select(f => f.Name));
        Assert.Equal(new Arrival(1234.5), arrival.Read(name => name == "hours" ? "1234.5" : null, json));
        Assert.Equal(new Arrival(), arrival.Read(_ => "", json));
    }
}
