using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Silo.Auth;

/// <summary>
/// The key that signs and checks tokens: <c>Auth:SigningKey</c>, or else one made on first start and kept in
/// the data directory (never in the repository), which the token command reads too.
/// </summary>
public static class SigningKey
{
    public static SymmetricSecurityKey Resolve(IConfiguration configuration)
    {
        var configured = configuration["Auth:SigningKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configured));
        }

        var file = Path.Combine(Hosting.HostSettings.DataDirectory(configuration), "signing-key");
        if (!File.Exists(file))
        {
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
            try
            {
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Encoding.ASCII.GetBytes(fresh));
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process made it first; use theirs.
            }
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(file).Trim()));
    }

    public static string Issuer(IConfiguration configuration) => configuration["Auth:Issuer"] ?? "aftersales";

    public static string Audience(IConfiguration configuration) => configuration["Auth:Audience"] ?? "aftersales-api";
}
