using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using AfterSales.GrainInterfaces.Common;
using Microsoft.AspNetCore.Identity;

namespace AfterSales.Grains.Accounts;

/// <summary>
/// Passwords: at least 10 characters, not one of the common ones (an embedded list), not the user name; hashed as ASP.NET
/// Core Identity does (PBKDF2 with HMAC-SHA512, 100,000 iterations, a salt each). Links and recovery codes are random
/// and long, so SHA-256 is enough to keep them.
/// </summary>
public static class Passwords
{
    public const string RuleId = "ACC-PASSWORD";
    public const int MinLength = 10;

    private static readonly PasswordHasher<string> Hasher = new();

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("AfterSales.Grains.Accounts.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant())];
    });

    // A hash to check an unknown user's attempt against: as slow as a real one, so time tells no one the name is unknown.
    private static readonly string Decoy = Hasher.HashPassword("", Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));

    public static string Hash(string password) => Hasher.HashPassword("", password);

    public static bool Verify(string? hash, string password)
    {
        var result = Hasher.VerifyHashedPassword("", hash ?? Decoy, password);
        return hash is not null && result != PasswordVerificationResult.Failed;
    }

    /// <summary>Refuses a weak password (400, field <paramref name="field"/>), in the caller's language.</summary>
    public static void RequireStrong(string password, string confirm, string userName, string field = "password")
    {
        if (password != confirm)
        {
            throw new InvalidInputException(RuleId, "confirmPassword", Sentence.Of("refusal.account.password-mismatch", "The two passwords differ."));
        }

        if (password.Length < MinLength)
        {
            throw new InvalidInputException(RuleId, field, Sentence.Of("refusal.account.password-short", $"A password has at least {MinLength} characters."));
        }

        var lower = password.ToLowerInvariant();
        if (Common.Value.Contains(lower) || lower.Distinct().Count() <= 2 || lower.Contains(userName.ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw new InvalidInputException(RuleId, field, Sentence.Of("refusal.account.password-common", "This password is too easy to guess: it is a common one, repeats one or two characters, or contains the user name."));
        }
    }

    /// <summary>A random secret for a link or a recovery code, URL-safe.</summary>
    public static string NewSecret(int bytes = 32) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Sha256(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares two hashes in constant time.</summary>
    public static bool SameHash(string? kept, string given) =>
        kept is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(kept), Encoding.ASCII.GetBytes(given));
}
