using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// Ticket ids. A request with an Idempotency-Key gets an id derived from the caller and the key, so a retry
/// reaches the same ticket grain, which answers it with its first answer.
/// </summary>
public static class TicketIds
{
    public static string For(string userId, string? idempotencyKey) => KeyedIds.For("T-", userId, idempotencyKey);
}
