using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.EscalationAnswer")]
public sealed record EscalationAnswer(
    [property: Id(0), LongText] string Answer);
