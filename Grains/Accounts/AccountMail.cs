namespace AfterSales.Grains.Accounts;

/// <summary>A mail the account's command asks the notifier to send: an invitation or a reset link.</summary>
public sealed record AccountMail(string Type, string To, string Link);
