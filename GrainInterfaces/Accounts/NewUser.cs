using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>
/// A new account: one role of DOMAIN.md and what it reaches (a customer's people their <see cref="CustomerId"/>, a
/// station's its <see cref="StationId"/>; an engineer's user is that engineer, <see cref="EngineerId"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NewUser")]
public sealed record NewUser(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Role Role,
    [property: Id(3)] string? CustomerId = null,
    [property: Id(4)] string? StationId = null,
    [property: Id(5)] string? EngineerId = null,
    [property: Id(6)] string? Email = null,
    [property: Id(7)] string? Phone = null,
    [property: Id(8)] string? ExternalSubject = null);
