using System.Security.Cryptography;
using System.Text;

namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// Ids of things a request creates: with an Idempotency-Key, derived from the caller and the key, so a retry reaches
/// the same thing, which answers it with its first answer; without one, drawn at random.
/// </summary>
public static class KeyedIds
{
    public static string For(string prefix, string userId, string? idempotencyKey)
    {
        var seed = idempotencyKey is null
            ? RandomNumberGenerator.GetBytes(16)
            : SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}\n{idempotencyKey}"));
        return prefix + Convert.ToHexStringLower(seed)[..12];
    }
}
