using System.Security.Claims;
using AfterSales.GrainInterfaces.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Silo.Auth;

/// <summary><c>token --sub ID --role ROLE [--customer ID] [--station ID] [--hours N]</c>: prints a signed token.</summary>
public static class TokenCommand
{
    public static int Run(string[] args, IConfiguration configuration)
    {
        var options = ParseOptions(args);
        if (!options.TryGetValue("sub", out var sub) || !options.TryGetValue("role", out var roleText)
            || !Enum.TryParse<Role>(roleText, ignoreCase: false, out var role))
        {
            Console.Error.WriteLine(
                "usage: token --sub ID --role ROLE [--customer ID] [--station ID] [--hours N]\nroles: "
                + string.Join(", ", Enum.GetNames<Role>()));
            return 2;
        }

        var hours = options.TryGetValue("hours", out var h) && double.TryParse(h, out var parsed) ? parsed : 12;
        Console.WriteLine(Issue(configuration, sub, role, options.GetValueOrDefault("customer"), options.GetValueOrDefault("station"), TimeSpan.FromHours(hours)));
        return 0;
    }

    public static string Issue(IConfiguration configuration, string sub, Role role, string? customerId, string? stationId, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new(Claims.Subject, sub), new(Claims.Role, role.ToString()) };
        if (customerId is not null)
        {
            claims.Add(new Claim(Claims.CustomerId, customerId));
        }

        if (stationId is not null)
        {
            claims.Add(new Claim(Claims.StationId, stationId));
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = SigningKey.Issuer(configuration),
            Audience = SigningKey.Audience(configuration),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(SigningKey.Resolve(configuration), SecurityAlgorithms.HmacSha256),
        });
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }

        return options;
    }
}
