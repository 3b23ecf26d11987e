using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.CustomerReply")]
public sealed record CustomerReply(
    [property: Id(0), LongText] string Message);
