using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>The customer's confirmation, with the rating (R-TKT-11, R-SAT).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ConfirmationRecord")]
public sealed record ConfirmationRecord(
    [property: Id(0)] bool Solved,
    [property: Id(1)] int? Rating,
    [property: Id(2)] string? Comment,
    [property: Id(3)] string By,
    [property: Id(4)] Role ByRole,
    [property: Id(5)] DateTimeOffset At);
