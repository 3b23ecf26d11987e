using System.Security.Claims;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Auth;

/// <summary>
/// The caller's role: exactly one <c>role</c> claim naming a role of DOMAIN.md. A token with none, an unknown one or
/// several is no caller of ours, everywhere (API, dashboard, <c>/orleans</c>, the API document): 403 <c>API-ROLE</c>.
/// </summary>
public static class CallerRole
{
    public const string RuleId = "API-ROLE";

    public static Role? Of(ClaimsPrincipal user)
    {
        var claims = user.FindAll(Claims.Role).Take(2).ToList();
        return claims is [var only] && EnumNames.TryParse<Role>(only.Value, ignoreCase: false, out var role) ? role : null;
    }

    public static string Describe(ClaimsPrincipal user) => user.FindAll(Claims.Role).Select(c => c.Value).ToList() switch
    {
        [] => "no role claim",
        [var one] => $"role '{one}'",
        var many => $"{many.Count} role claims",
    };
}
