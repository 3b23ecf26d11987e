using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A service request as received (R-TKT-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.OpenTicket")]
public sealed record OpenTicket(
    [property: Id(0)] IntakeChannel Channel,
    [property: Id(1), Identifier] string CustomerId,
    [property: Id(2), Identifier] string MachineSerial,
    [property: Id(3), LongText] string Description);
