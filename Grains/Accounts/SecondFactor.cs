using OtpNet;

namespace AfterSales.Grains.Accounts;

/// <summary>TOTP (RFC 6238, 30-second steps, 6 digits, as authenticator apps compute) by Otp.NET, and recovery codes.</summary>
public static class SecondFactor
{
    public const int RecoveryCodes = 10;

    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public static string Uri(string issuer, string userName, string secret) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(userName)}?secret={secret}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6&period=30";

    /// <summary>The time step a code matches at <paramref name="now"/> (one step either side for the clocks' drift), or null.</summary>
    public static long? Match(string secret, string code, DateTimeOffset now)
    {
        var digits = new string(code.Where(char.IsDigit).ToArray());
        if (digits.Length != 6)
        {
            return null;
        }

        var totp = new Totp(Base32Encoding.ToBytes(secret));
        return totp.VerifyTotp(now.UtcDateTime, digits, out var step, VerificationWindow.RfcSpecifiedNetworkDelay) ? step : null;
    }

    /// <summary>Ten recovery codes of 10 characters, grouped for reading: xxxxx-xxxxx.</summary>
    public static IReadOnlyList<string> NewRecoveryCodes() =>
        [.. Enumerable.Range(0, RecoveryCodes).Select(_ =>
        {
            var raw = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(10))[..10].ToLowerInvariant();
            return $"{raw[..5]}-{raw[5..]}";
        })];

    public static string NormalizeRecoveryCode(string code) => code.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
}
