using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Customers;

/// <summary>A machine of a customer; its commissioning date starts the warranty (R-WTY-1, R-INS-5).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Machine")]
public sealed record Machine(
    [property: Id(0), Identifier] string Serial,
    [property: Id(1)] ProductLine ProductLine,
    [property: Id(2), ShortText] string Model,
    [property: Id(3), ApiDate] DateOnly? CommissionedOn = null);
