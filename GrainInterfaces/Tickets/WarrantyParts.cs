namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A warranty-parts request and its way through approval and application (R-WTY-2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.WarrantyParts")]
public sealed record WarrantyParts(
    [property: Id(0)] IReadOnlyList<PartLine> Parts,
    [property: Id(1)] WarrantyPartsState State,
    [property: Id(2)] string RequestedBy,
    [property: Id(3)] DateTimeOffset RequestedAt,
    [property: Id(4)] string? DecidedBy,
    [property: Id(5)] DateTimeOffset? DecidedAt,
    [property: Id(6)] string? Comment,
    [property: Id(7)] string? AppliedBy,
    [property: Id(8)] DateTimeOffset? AppliedAt);
