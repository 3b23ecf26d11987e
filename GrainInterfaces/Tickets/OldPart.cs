namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A part replaced under warranty, expected back at the warehouse by <see cref="DueAt"/> (R-WTY-3).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.OldPart")]
public sealed record OldPart(
    [property: Id(0)] string PartNo,
    [property: Id(1)] int Quantity,
    [property: Id(2)] DateTimeOffset ExpectedSince,
    [property: Id(3)] DateTimeOffset DueAt,
    [property: Id(4)] OldPartState State,
    [property: Id(5)] ReturnedBy? ReturnedBy = null,
    [property: Id(6)] DateTimeOffset? ReturnedAt = null,
    [property: Id(7)] string? ReceivedBy = null,
    [property: Id(8)] DispositionKind? Disposition = null,
    [property: Id(9)] string? DispositionResult = null,
    [property: Id(10)] string? DispositionBy = null,
    [property: Id(11)] DateTimeOffset? DispositionAt = null);
