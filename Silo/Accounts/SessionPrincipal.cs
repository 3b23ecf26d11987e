using System.Security.Claims;
using AfterSales.GrainInterfaces.Accounts;
using AfterSales.Silo.Auth;

namespace AfterSales.Silo.Accounts;

/// <summary>
/// The claims of a person's session (and of the tokens the service issues for it): those of docs/api.md
/// "Conventions" (<c>sub</c>, <c>role</c>, <c>customerId</c>, <c>stationId</c>), the user name and display name, the
/// account's session stamp (checked at every request, so that a disabled account's sessions end at once) and a new
/// session id at every sign-in.
/// </summary>
public static class SessionPrincipal
{
    public const string UserName = "userName";
    public const string DisplayName = "name";
    public const string Stamp = "stamp";
    public const string SessionId = "sid";

    public static ClaimsPrincipal Of(SessionIdentity identity, string authenticationType, string? sessionId = null)
    {
        var claims = new List<Claim>
        {
            new(Claims.Subject, identity.Subject),
            new(Claims.Role, identity.Role.ToString()),
            new(UserName, identity.UserName),
            new(DisplayName, identity.DisplayName),
            new(Stamp, identity.Stamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(SessionId, sessionId ?? Guid.NewGuid().ToString("N")),
        };
        if (identity.CustomerId is { } customer)
        {
            claims.Add(new Claim(Claims.CustomerId, customer));
        }

        if (identity.StationId is { } station)
        {
            claims.Add(new Claim(Claims.StationId, station));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, Claims.Subject, Claims.Role));
    }

    /// <summary>
    /// Who the principal is now, while its account still lets it in (enabled, the same session stamp); null for a
    /// principal that names no account, or whose account has ended its sessions.
    /// </summary>
    public static async Task<SessionIdentity?> Current(IGrainFactory grains, ClaimsPrincipal? principal) =>
        principal is not null && AccountOf(principal) is { } account
            ? await grains.GetGrain<IUserAccountGrain>(account.UserName).Session(account.Stamp)
            : null;

    /// <summary>The account and stamp a principal of ours names (a session, or a token issued for one).</summary>
    public static (string UserName, int Stamp)? AccountOf(ClaimsPrincipal principal) =>
        principal.FindFirst(UserName)?.Value is { } user && int.TryParse(principal.FindFirst(Stamp)?.Value, out var stamp) ? (user, stamp) : null;
}
