using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Access;

/// <summary>The roles that may run one operation, how far each reaches, and the rule a refusal names.</summary>
public sealed record Grant(string RuleId, IReadOnlyDictionary<Role, Reach> Roles)
{
    public Reach? ReachOf(Role role) => Roles.TryGetValue(role, out var reach) ? reach : null;
}
