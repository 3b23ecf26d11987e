using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.PhoneAttempt")]
public sealed record PhoneAttempt(
    [property: Id(0)] bool Solved,
    [property: Id(1), LongText] string? Notes = null);
