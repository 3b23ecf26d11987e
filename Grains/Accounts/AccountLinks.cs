using System.Text;

namespace AfterSales.Grains.Accounts;

/// <summary>The code of an invitation or reset link: whose account (base64url) and the secret, joined by a dot.</summary>
public static class AccountLinks
{
    public static string Code(string userName, string secret) =>
        $"{Convert.ToBase64String(Encoding.UTF8.GetBytes(userName)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{secret}";

    public static (string UserName, string Secret)? Read(string? code)
    {
        if (code?.Split('.') is not [var name, var secret] || name.Length == 0 || secret.Length < 20 || name.Length > 120)
        {
            return null;
        }

        try
        {
            var base64 = name.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            return (Encoding.UTF8.GetString(Convert.FromBase64String(base64)), secret);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
