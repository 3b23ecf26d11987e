namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.PhoneAttemptRecord")]
public sealed record PhoneAttemptRecord(
    [property: Id(0)] bool Solved,
    [property: Id(1)] string? Notes,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At);
