namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A service request as received (R-TKT-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.OpenTicket")]
public sealed record OpenTicket(
    [property: Id(0)] IntakeChannel Channel,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string MachineSerial,
    [property: Id(3)] string Description);
