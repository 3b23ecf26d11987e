using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Tests.Api;

/// <summary>
/// The company's identity provider as the service meets it: an HTTP server on 127.0.0.1 that publishes an OpenID
/// Connect discovery document and its RSA signing key (JWKS), and issues RS256 tokens with that key.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string Audience = "aftersales-api";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "sso-2026" };

    private readonly WebApplication _server;

    private TestIdentityProvider(WebApplication server, string authority)
    {
        _server = server;
        Authority = authority;
    }

    public string Authority { get; }

    public static async Task<TestIdentityProvider> Start()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var idp = new TestIdentityProvider(app, $"http://127.0.0.1:{port}");
        app.MapGet("/.well-known/openid-configuration", () =>
            Results.Json(new Dictionary<string, string> { ["issuer"] = idp.Authority, ["jwks_uri"] = $"{idp.Authority}/jwks" }));
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { idp.PublicKey() } }));
        await app.StartAsync();
        return idp;
    }

    /// <summary>A token of this provider; <paramref name="signedBy"/> another key forges one.</summary>
    public string Issue(string sub, IReadOnlyDictionary<string, object> claims, RsaSecurityKey? signedBy = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = Audience,
            Claims = new Dictionary<string, object>(claims) { ["sub"] = sub },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(signedBy ?? _key, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private Dictionary<string, string> PublicKey()
    {
        var p = _key.Rsa.ExportParameters(includePrivateParameters: false);
        return new()
        {
            ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = _key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
    }
}
