using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.EscalationRequest")]
public sealed record EscalationRequest(
    [property: Id(0), LongText] string Reason);
