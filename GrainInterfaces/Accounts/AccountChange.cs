namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>The body of a change to an account that needs nothing but who asks and from where (disable, enable).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.AccountChange")]
public sealed record AccountChange([property: Id(0)] string? From = null);
