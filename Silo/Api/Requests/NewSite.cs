using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.Silo.Api.Requests;

public sealed record NewSite([property: Identifier] string Id, [property: Identifier] string CustomerId, [property: ShortText] string Address, [property: ShortText] string Region);
