namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>A password typed at sign-in, and the address it came from (for the account's history).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.PasswordAttempt")]
public sealed record PasswordAttempt([property: Id(0)] string Password, [property: Id(1)] string? From);
