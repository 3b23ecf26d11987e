using AfterSales.Dashboard.App.Tickets;
using AfterSales.GrainInterfaces.Access;

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
}
