namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.Confirmation")]
public sealed record Confirmation(
    [property: Id(0)] bool Solved,
    [property: Id(1)] int? Rating = null,
    [property: Id(2)] string? Comment = null);
