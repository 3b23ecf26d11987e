using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Accounts;

/// <summary>
/// Who a session or token is: its claims (docs/api.md "Conventions": <c>sub</c>, <c>role</c>, <c>customerId</c>,
/// <c>stationId</c>), the user name and display name, and the account's session stamp, which every session and refresh
/// token carries: disabling the account, a new password or second factor move it and end them.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.SessionIdentity")]
public sealed record SessionIdentity(
    [property: Id(0)] string UserName,
    [property: Id(1)] string Subject,
    [property: Id(2)] Role Role,
    [property: Id(3)] string? CustomerId,
    [property: Id(4)] string? StationId,
    [property: Id(5)] string DisplayName,
    [property: Id(6)] int Stamp);
