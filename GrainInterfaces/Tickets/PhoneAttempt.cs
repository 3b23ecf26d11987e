namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.PhoneAttempt")]
public sealed record PhoneAttempt(
    [property: Id(0)] bool Solved,
    [property: Id(1)] string? Notes = null);
