namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A plant accepted per the GB standard: every configured item passed (R-INS-3).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.AcceptanceRecord")]
public sealed record AcceptanceRecord(
    [property: Id(0)] IReadOnlyList<AcceptanceItem> Items,
    [property: Id(1)] string AcceptedBy,
    [property: Id(2)] DateTimeOffset AcceptedAt);
