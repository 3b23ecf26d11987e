namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>One line of an account's history: what, when, by whom (a manager's change) and from which address.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.AccountEvent")]
public sealed record AccountEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] AccountEventKind Kind,
    [property: Id(2)] string? By = null,
    [property: Id(3)] string? From = null,
    [property: Id(4)] string? Detail = null);
