namespace AfterSales.Silo.Accounts;

/// <summary>
/// Signing in with the company account: OpenID Connect (authorization code with PKCE) against the company's identity
/// provider, when <c>Auth:IdentityProvider:ClientId</c> is configured beside its authority.
/// </summary>
public static class CompanySignIn
{
    public static bool IsConfigured(IConfiguration config) =>
        !string.IsNullOrWhiteSpace(config["Auth:IdentityProvider:Authority"]) && !string.IsNullOrWhiteSpace(config["Auth:IdentityProvider:ClientId"]);
}
