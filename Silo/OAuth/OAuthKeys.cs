using System.Security.Cryptography;
using AfterSales.Persistence.OAuth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace AfterSales.Silo.OAuth;

/// <summary>
/// The OAuth server's keys, kept in the database (<see cref="OAuthKeyTable"/>) so that every silo of a cluster, and
/// every restart, signs and reads tokens with the same: an RSA key signs the tokens (RS256, published at
/// <c>/.well-known/jwks</c>), a 256-bit key encrypts the authorization codes and refresh tokens, which only the server reads.
/// </summary>
public sealed class OAuthKeys(OAuthKeyTable table) : IConfigureOptions<OpenIddictServerOptions>
{
    private const string Signing = "signing-rsa";
    private const string Encryption = "encryption-aes256";

    public void Configure(OpenIddictServerOptions options)
    {
        // Read once, when the server's options are first built (at start-up, before any token is issued or read).
        var (signing, encryption) = Load().GetAwaiter().GetResult();
        options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private async Task<(RsaSecurityKey Signing, SymmetricSecurityKey Encryption)> Load()
    {
        var pem = await table.Keep(Signing, () =>
        {
            using var fresh = RSA.Create(2048);
            return fresh.ExportPkcs8PrivateKeyPem();
        });
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var aes = await table.Keep(Encryption, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        return (new RsaSecurityKey(rsa), new SymmetricSecurityKey(Convert.FromBase64String(aes)));
    }
}
