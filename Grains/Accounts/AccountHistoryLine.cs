using AfterSales.GrainInterfaces.Accounts;

namespace AfterSales.Grains.Accounts;

/// <summary>A history line as the outbox carries it to its table: whose, its number, what.</summary>
public sealed record AccountHistoryLine(string UserName, long Seq, AccountEvent Event);
