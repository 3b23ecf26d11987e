using System.Text.Json;
using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Sites;
using AfterSales.Tests.Cluster;

namespace AfterSales.Tests.Sites;

/// <summary>Asserts that a refused site command names its rule, changes nothing and can be said in both languages.</summary>
public static class SiteRefusals
{
    public static async Task<TException> RefusedUnchanged<TException>(this IInstallationSiteGrain site, Func<Task> command, string ruleId)
        where TException : Exception
    {
        var before = JsonSerializer.Serialize(await site.Get());
        var refusal = await Assert.ThrowsAsync<TException>(command);
        Assert.Equal(ruleId, Refusals.RuleOf(refusal));
        Assert.Equal(before, JsonSerializer.Serialize(await site.Get()));
        Refusals.Said(refusal);
        return refusal;
    }

    public static Task<RuleViolationException> Refused(this IInstallationSiteGrain site, Func<Task> command, string ruleId) =>
        site.RefusedUnchanged<RuleViolationException>(command, ruleId);

    public static Task<ForbiddenException> Forbidden(this IInstallationSiteGrain site, Func<Task> command, string ruleId) =>
        site.RefusedUnchanged<ForbiddenException>(command, ruleId);

    /// <summary>A 400: the field and the rule are named, nothing changes.</summary>
    public static async Task Invalid(this IInstallationSiteGrain site, Func<Task> command, string ruleId, string field)
    {
        var refusal = await site.RefusedUnchanged<InvalidInputException>(command, ruleId);
        Assert.Equal(field, refusal.Field);
    }
}
