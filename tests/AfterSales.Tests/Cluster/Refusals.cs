using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Cluster;

/// <summary>Asserts that a refused command names its rule and changes nothing.</summary>
public static class Refusals
{
    public static async Task<TException> RefusedUnchanged<TException>(this ITicketGrain ticket, Func<Task> command, string ruleId)
        where TException : Exception
    {
        var before = await ticket.Get();
        var refusal = await Assert.ThrowsAsync<TException>(command);
        Assert.Equal(ruleId, RuleOf(refusal));
        var after = await ticket.Get();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.History.Count, after.History.Count);
        return refusal;
    }

    public static Task<RuleViolationException> Refused(this ITicketGrain ticket, Func<Task> command, string ruleId) =>
        ticket.RefusedUnchanged<RuleViolationException>(command, ruleId);

    public static Task<ForbiddenException> Forbidden(this ITicketGrain ticket, Func<Task> command, string ruleId) =>
        ticket.RefusedUnchanged<ForbiddenException>(command, ruleId);

    public static string? RuleOf(Exception e) => e switch
    {
        RuleViolationException r => r.RuleId,
        ForbiddenException f => f.RuleId,
        InvalidInputException i => i.RuleId,
        _ => null,
    };
}
