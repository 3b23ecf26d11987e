using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>An account's line in the list of users (the read model's), and what a sign-in through the identity provider is matched by.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.UserSummary")]
public sealed record UserSummary(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Role Role,
    [property: Id(3)] string? CustomerId,
    [property: Id(4)] string? StationId,
    [property: Id(5)] string? EngineerId,
    [property: Id(6)] string? Email,
    [property: Id(7)] bool Disabled,
    [property: Id(8)] bool SecondFactor,
    [property: Id(9)] string? ExternalSubject);
