namespace AfterSales.Silo.Auth;

/// <summary>
/// The company's identity provider, when <c>Auth:IdentityProvider:Authority</c> is set: its tokens are taken beside
/// the service's own, checked against the signing keys its OpenID Connect discovery document names. They carry the
/// claims of docs/api.md "Authentication" (<c>sub</c>, <c>role</c>, <c>customerId</c>, <c>stationId</c>); <c>RoleClaim</c> names another
/// claim to read the role from (e.g. <c>roles</c>).
/// </summary>
public sealed record IdentityProviderSettings(string Authority, string Issuer, string Audience, string RoleClaim, bool RequireHttpsMetadata)
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
            section.GetValue("RequireHttpsMetadata", true));
    }
}
