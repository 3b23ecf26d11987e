using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;

namespace AfterSales.Silo.Api.Requests;

public sealed record NewUserBody(
    [property: ShortText] string UserName,
    [property: ShortText] string DisplayName,
    Role Role,
    [property: Identifier] string? CustomerId = null,
    [property: Identifier] string? StationId = null,
    [property: Identifier] string? EngineerId = null,
    [property: ShortText] string? Email = null,
    [property: ShortText] string? Phone = null);
