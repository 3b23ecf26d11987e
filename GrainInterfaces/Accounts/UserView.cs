using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>An account as managers read it: never its password, secret or codes.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.UserView")]
public sealed record UserView(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Role Role,
    [property: Id(3)] string? CustomerId,
    [property: Id(4)] string? StationId,
    [property: Id(5)] string? EngineerId,
    [property: Id(6)] string? Email,
    [property: Id(7)] string? Phone,
    [property: Id(8)] bool Disabled,
    [property: Id(9)] bool PasswordSet,
    [property: Id(10)] bool SecondFactor,
    [property: Id(11)] DateTimeOffset? LockedUntil,
    [property: Id(12)] DateTimeOffset CreatedAt,
    [property: Id(13)] string? ExternalSubject);
