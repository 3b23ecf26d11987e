using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.CustomerWait")]
public sealed record CustomerWait([property: Id(0), LongText] string Reason);
