namespace AfterSales.GrainInterfaces.Customers;

[GenerateSerializer, Immutable, Alias("AfterSales.CustomerProfile")]
public sealed record CustomerProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string Region,
    [property: Id(2)] string? Phone = null,
    [property: Id(3)] string? Email = null,
    [property: Id(4)] string? City = null,
    [property: Id(5)] string? Language = null,
    [property: Id(6)] bool? Notifications = null);
