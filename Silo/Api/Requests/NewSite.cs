namespace AfterSales.Silo.Api.Requests;

public sealed record NewSite(string Id, string CustomerId, string Address, string Region);
