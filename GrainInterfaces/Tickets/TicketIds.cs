using System.Security.Cryptography;
using System.Text;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// Ticket ids. A request with an Idempotency-Key gets an id derived from the caller and the key, so a retry
/// reaches the same ticket grain, which answers it with its first answer.
/// </summary>
public static class TicketIds
{
    public static string For(string userId, string? idempotencyKey)
    {
        var seed = idempotencyKey is null
            ? RandomNumberGenerator.GetBytes(16)
            : SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}\n{idempotencyKey}"));
        return "T-" + Convert.ToHexStringLower(seed)[..12];
    }
}
