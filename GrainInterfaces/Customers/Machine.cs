using AfterSales.GrainInterfaces.Common.Limits;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Customers;

/// <summary>
/// A machine as its customer lists it, and as registered to it (R-MCH-1): its commissioning date starts the warranty
/// (R-WTY-1, R-INS-5); a registration may say when it was delivered and at which site it stands.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Machine")]
public sealed record Machine(
    [property: Id(0), Identifier] string Serial,
    [property: Id(1)] ProductLine ProductLine,
    [property: Id(2), ShortText] string Model,
    [property: Id(3), ApiDate] DateOnly? CommissionedOn = null,
    [property: Id(4), ApiDate, System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] DateOnly? DeliveredOn = null,
    [property: Id(5), Identifier, System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? SiteId = null);
