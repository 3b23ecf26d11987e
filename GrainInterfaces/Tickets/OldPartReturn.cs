using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.OldPartReturn")]
public sealed record OldPartReturn([property: Id(0)] ReturnedBy ReturnedBy);
