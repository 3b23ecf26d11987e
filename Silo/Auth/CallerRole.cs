using System.Security.Claims;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Silo.Auth;

/// <summary>
/// The caller's role: exactly one <c>role</c> claim naming a role of DOMAIN.md. A token with none, an unknown one or
/// several is no caller of ours, everywhere (API, dashboard, <c>/orleans</c>, the API document): 403 <c>API-ROLE</c>.
/// So is a customer's token that names no <c>customerId</c> or a station's without its <c>stationId</c>: it would
/// reach nothing or, worse, everything.
/// </summary>
public static class CallerRole
{
    public const string RuleId = "API-ROLE";

    public static Role? Of(ClaimsPrincipal user)
    {
        var claims = user.FindAll(Claims.Role).Take(2).ToList();
        if (claims is not [var only] || !EnumNames.TryParse<Role>(only.Value, ignoreCase: false, out var role))
        {
            return null;
        }

        // Whose the caller is, where its role is somebody's; staff are the company's.
        var whose = role switch
        {
            Role.Customer => user.FindFirst(Claims.CustomerId)?.Value,
            Role.ServiceStation => user.FindFirst(Claims.StationId)?.Value,
            _ => "company",
        };
        return string.IsNullOrWhiteSpace(whose) ? null : role;
    }

    public static string Describe(ClaimsPrincipal user) => user.FindAll(Claims.Role).Select(c => c.Value).ToList() switch
    {
        [] => "no role claim",
        [var one] when one is nameof(Role.Customer) or nameof(Role.ServiceStation) => $"role '{one}' without whose it is",
        [var one] => $"role '{one}'",
        var many => $"{many.Count} role claims",
    };
}
