using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.ContactNote")]
public sealed record ContactNote(
    [property: Id(0), LongText] string? Notes = null);
