using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// A service request as received (R-TKT-1); whom to call back and where to go are optional: the caller, the callback
/// number, and the place as one of the customer's known sites (<see cref="SiteId"/>) or an address as told.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.OpenTicket")]
public sealed record OpenTicket(
    [property: Id(0)] IntakeChannel Channel,
    [property: Id(1), Identifier] string CustomerId,
    [property: Id(2), Identifier] string MachineSerial,
    [property: Id(3), LongText] string Description,
    [property: Id(4), ShortText] string? Caller = null,
    [property: Id(5), ShortText] string? CallbackPhone = null,
    [property: Id(6), Identifier] string? SiteId = null,
    [property: Id(7), ShortText] string? SiteAddress = null);
