using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Common;

/// <summary>Who may issue a command; the service manager may issue every command (API.md).</summary>
public static class Permissions
{
    public static void Require(Actor by, string ruleId, string operation, params Role[] roles)
    {
        if (by.Role != Role.ServiceManager && !roles.Contains(by.Role))
        {
            throw new ForbiddenException(
                ruleId, Sentence.Of("refusal.common.may-done", $"{operation} may be done by {Alternatives.Of(roles.Append(Role.ServiceManager).Distinct(), ", ")}, not by {by.Role}."));
        }
    }
}
