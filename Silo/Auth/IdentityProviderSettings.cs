namespace AfterSales.Silo.Auth;

/// <summary>
/// The company's identity provider, when <c>Auth:IdentityProvider:Authority</c> is set: its tokens are taken beside
/// the service's own, checked against the signing keys its OpenID Connect discovery document names. They carry the
/// claims of docs/api.md "Authentication" (<c>sub</c>, <c>role</c>, <c>customerId</c>, <c>stationId</c>); <c>RoleClaim</c> names another
/// claim to read the role from (e.g. <c>roles</c>). With <c>ClientId</c> (and <c>ClientSecret</c>, else a public client
/// with PKCE alone) people sign in with the company account at <c>/login</c> (Accounts/CompanySignIn); with
/// <c>RoleFromClaim</c> the role their <c>RoleClaim</c> names replaces their account's.
/// </summary>
public sealed record IdentityProviderSettings(
    string Authority,
    string Issuer,
    string Audience,
    string RoleClaim,
    bool RequireHttpsMetadata,
    string? ClientId = null,
    string? ClientSecret = null,
    bool RoleFromClaim = false)
{
    public const string Section = "Auth:IdentityProvider";

    public static IdentityProviderSettings? Read(IConfiguration config)
    {
        var section = config.GetSection(Section);
        var authority = section["Authority"];
        if (string.IsNullOrWhiteSpace(authority))
        {
            return null;
        }

        return new IdentityProviderSettings(
            authority,
            section["Issuer"] ?? authority,
            section["Audience"] ?? SigningKey.Audience(config),
            section["RoleClaim"] ?? Claims.Role,
            section.GetValue("RequireHttpsMetadata", true),
            NullIfBlank(section["ClientId"]),
            NullIfBlank(section["ClientSecret"]),
            section.GetValue("RoleFromClaim", false));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
