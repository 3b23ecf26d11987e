namespace AfterSales.GrainInterfaces.Customers;

/// <summary>
/// A customer with its machines; <see cref="TicketIds"/> come from the ticket read model (the API fills them). The
/// customer is written to in <see cref="Language"/> (<c>zh</c> or <c>en</c>) at <see cref="Email"/> unless
/// <see cref="Notifications"/> is off (docs/api.md "Notifications and webhooks").
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CustomerView")]
public sealed record CustomerView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Region,
    [property: Id(3)] string? Phone,
    [property: Id(4)] string? Email,
    [property: Id(5)] string? City,
    [property: Id(6)] IReadOnlyList<Machine> Machines,
    [property: Id(7)] IReadOnlyList<string> TicketIds,
    [property: Id(8)] string Language = "zh",
    [property: Id(9)] bool Notifications = true);
