using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Silo.Auth;

/// <summary>Checks a pasted token (the browser's sign-in) exactly as the bearer handler of its issuer would.</summary>
public sealed class TokenCheck(IOptionsMonitor<JwtBearerOptions> bearer, IConfiguration config, ILogger<TokenCheck> logger)
{
    private readonly IdentityProviderSettings? _idp = IdentityProviderSettings.Read(config);

    /// <summary>The valid token, or null.</summary>
    public async Task<JsonWebToken?> Validate(string token, CancellationToken cancellationToken)
    {
        var options = bearer.Get(AuthSchemes.For(token, _idp));
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } identityProvider)
        {
            try
            {
                // The identity provider's issuer and current signing keys, from its discovery document.
                var published = await identityProvider.GetConfigurationAsync(cancellationToken);
                parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], published.Issuer];
                parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. published.SigningKeys];
            }
            catch (InvalidOperationException e)
            {
                logger.LogWarning(e, "The identity provider's keys could not be read; its token is refused.");
                return null;
            }
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
        return result.IsValid ? result.SecurityToken as JsonWebToken : null;
    }
}
