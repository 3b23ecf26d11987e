namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>A new account and its invitation: mailed to <see cref="SentTo"/>, else <see cref="InvitationUrl"/> is shown once.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.AccountCreated")]
public sealed record AccountCreated(
    [property: Id(0)] UserView User,
    [property: Id(1)] string? SentTo,
    [property: Id(2)] string? InvitationUrl);
