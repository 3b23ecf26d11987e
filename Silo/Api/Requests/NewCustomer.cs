using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.Silo.Api.Requests;

public sealed record NewCustomer([property: Identifier] string Id, [property: ShortText] string Name, [property: ShortText] string Region, [property: ShortText] string? Phone = null, [property: ShortText] string? Email = null, [property: ShortText] string? City = null, [property: ShortText] string? Language = null, bool? Notifications = null);
