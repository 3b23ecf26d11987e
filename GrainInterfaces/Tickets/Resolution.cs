using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.Resolution")]
public sealed record Resolution(
    [property: Id(0), LongText] string Summary);
