using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Common.Limits;

namespace AfterSales.GrainInterfaces.Machines;

/// <summary>A machine registered to its first owner (R-MCH-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MachineRegistration")]
public sealed record MachineRegistration(
    [property: Id(0), Identifier] string CustomerId,
    [property: Id(1)] ProductLine ProductLine,
    [property: Id(2), ShortText] string Model,
    [property: Id(3), ApiDate] DateOnly? CommissionedOn = null,
    [property: Id(4), ApiDate] DateOnly? DeliveredOn = null,
    [property: Id(5), Identifier] string? SiteId = null);
