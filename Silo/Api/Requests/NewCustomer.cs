namespace AfterSales.Silo.Api.Requests;

public sealed record NewCustomer(string Id, string Name, string Region, string? Phone = null, string? Email = null, string? City = null);
