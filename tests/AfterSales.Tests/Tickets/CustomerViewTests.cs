using AfterSales.GrainInterfaces.Tickets;
using AfterSales.Tests.Cluster;
using static AfterSales.Tests.Cluster.People;

namespace AfterSales.Tests.Tickets;

/// <summary>
/// A customer reads its ticket's progress, never the company's internal notes: not the manager's review comment on a
/// report, not the history of the staff's steps; the staff read everything (the access policy's
/// <c>ReadsInternalNotes</c>), and a customer's own command answers the customer's view too.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CustomerViewTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_customer_reads_no_review_comment_and_no_internal_history_the_staff_read_both()
    {
        var s = await (await new Scenario(fixture.Grains).WithCustomer()).WithEngineer();
        var t = s.Ticket((await s.TicketAt(TicketStatus.ReportSubmitted)).Id);
        var customer = Customer(s.CustomerId);
        await t.SignReport(customer.By(new ReportSignature(null, true, "hours are wrong")));
        await t.ReviewReport(Manager.By(new ReportReview(false, "internal: engineer padded the hours")));
        await t.SubmitReport(s.Engineer.By(new ReportDraft("replaced pump seal, hours corrected", ["pump seal kit"])));

        var staff = await t.Read(Assistant);
        Assert.Equal("internal: engineer padded the hours", staff.EarlierReports.Single().ReviewComment);
        Assert.Contains(staff.History, h => h.Role == GrainInterfaces.Common.Role.ServiceManager);

        var seen = await t.Read(customer);
        Assert.Null(seen.EarlierReports.Single().ReviewComment);
        Assert.Null(seen.EarlierReports.Single().ReviewedBy);
        Assert.All(seen.History, h => Assert.Equal(customer.UserId, h.By));
        Assert.Contains(seen.History, h => h.Action == "SignReport");

        var answered = await t.SignReport(customer.By(new ReportSignature("Foreman Liu", false, null, 5)));
        Assert.Null(answered.EarlierReports.Single().ReviewComment);
        Assert.All(answered.History, h => Assert.Equal(customer.UserId, h.By));
    }
}
