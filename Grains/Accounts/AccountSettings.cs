using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Grains.Accounts;

/// <summary>The configurable parts of signing in (configuration section "Accounts").</summary>
public sealed class AccountSettings
{
    public const string Section = "Accounts";

    /// <summary>Failed attempts in a row that lock an account.</summary>
    public int LockoutFailures { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long an invitation or reset link works.</summary>
    public int LinkHours { get; set; } = 24;

    /// <summary>
    /// The roles that must sign in with a second factor. Configured as a comma-separated list (an empty value: none),
    /// so that a configured list replaces the default as a whole.
    /// </summary>
    public string SecondFactorRoles { get; set; } = "ServiceManager,CompanyLeader,Operations";

    /// <summary>The issuer an authenticator app shows beside the account.</summary>
    public string TotpIssuer { get; set; } = "AfterSales";

    public bool RequiresSecondFactor(Role role) =>
        SecondFactorRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(r => string.Equals(r, role.ToString(), StringComparison.OrdinalIgnoreCase));
}
