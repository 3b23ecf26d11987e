using System.Globalization;
using AfterSales.Dashboard.Localization;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Tickets;

namespace AfterSales.Tests.Cluster;

/// <summary>
/// Asserts that a refused command names its rule and changes nothing, and that its reason can be said in Chinese and
/// in English (a phrase of Dashboard/Localization/Phrases): so every rule test checks the texts of the refusals it meets.
/// </summary>
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
        Said(refusal);
        return refusal;
    }

    public static Task<RuleViolationException> Refused(this ITicketGrain ticket, Func<Task> command, string ruleId) =>
        ticket.RefusedUnchanged<RuleViolationException>(command, ruleId);

    public static Task<ForbiddenException> Forbidden(this ITicketGrain ticket, Func<Task> command, string ruleId) =>
        ticket.RefusedUnchanged<ForbiddenException>(command, ruleId);

    /// <summary>The refusal's reason has a phrase with a text in both languages, the Chinese one in Chinese.</summary>
    public static void Said(Exception refusal)
    {
        var phrase = Phrases.PhraseOf(refusal);
        Assert.True(phrase is not null, $"a refusal without a phrase: {refusal.Message}");
        Assert.True(Phrases.Template(phrase.Code, CultureInfo.InvariantCulture) is not null, $"no English text of {phrase.Code}");
        var chinese = Phrases.Say(phrase, CultureInfo.GetCultureInfo("zh"));
        Assert.True(chinese is not null && chinese.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"no Chinese text of {phrase.Code}: {chinese}");
    }

    public static string? RuleOf(Exception e) => e switch
    {
        RuleViolationException r => r.RuleId,
        ForbiddenException f => f.RuleId,
        InvalidInputException i => i.RuleId,
        _ => null,
    };
}
