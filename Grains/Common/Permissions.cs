using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Common;

/// <summary>Who may issue a command; the service manager may issue every command (API.md).</summary>
public static class Permissions
{
    /// <param name="operation">What is done, as the refusal names it ("A QcCheck"): a sentence of its own, said in the reader's language.</param>
    public static void Require(Actor by, string ruleId, Sentence operation, params Role[] roles)
    {
        if (by.Role != Role.ServiceManager && !roles.Contains(by.Role))
        {
            var may = Alternatives.Of(roles.Append(Role.ServiceManager).Distinct(), ", ");
            throw new ForbiddenException(ruleId, Sentence.Of(
                "refusal.common.role-may-not",
                $"{operation.English} may be done by {may}, not by {by.Role}.",
                Phrase.PhrasesArg([operation.Phrase]), may.Arg, Phrase.EnumArg(by.Role)));
        }
    }
}
