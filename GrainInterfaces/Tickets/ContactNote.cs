namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.ContactNote")]
public sealed record ContactNote(
    [property: Id(0)] string? Notes = null);
