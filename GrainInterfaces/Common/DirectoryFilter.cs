namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// What a list of master data is narrowed to: <see cref="Text"/> found in the name or the id (any case), the
/// <see cref="Region"/> served or lived in; <see cref="Id"/> exactly one (a customer's own); <see cref="OwnerId"/>
/// those of one customer (its sites); <see cref="NeedsAnswer"/> those with something awaiting an answer.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.DirectoryFilter")]
public sealed record DirectoryFilter(
    [property: Id(0)] string? Text = null,
    [property: Id(1)] string? Region = null,
    [property: Id(2)] string? Id = null,
    [property: Id(3)] string? OwnerId = null,
    [property: Id(4)] bool? NeedsAnswer = null);
