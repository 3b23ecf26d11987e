namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// Whom to call back and where to go, as taken in (R-TKT-1): the caller, the callback number and the place, a known site
/// of the customer (its address as it was at intake) or an address as told.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TicketContact")]
public sealed record TicketContact(
    [property: Id(0)] string? Caller,
    [property: Id(1)] string? CallbackPhone,
    [property: Id(2)] string? SiteId,
    [property: Id(3)] string? SiteAddress)
{
    /// <summary>Nothing was told: a ticket taken in without a caller, a number or a place (and every ticket before them).</summary>
    public static readonly TicketContact None = new(null, null, null, null);
}
