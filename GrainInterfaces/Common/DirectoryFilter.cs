namespace AfterSales.GrainInterfaces.Common;

/// <summary>
/// What a list of master data is narrowed to: <see cref="Text"/> found in the name or the id (any case), the
/// <see cref="Region"/> served or lived in; <see cref="Id"/> exactly one (a customer's own).
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.DirectoryFilter")]
public sealed record DirectoryFilter(
    [property: Id(0)] string? Text = null,
    [property: Id(1)] string? Region = null,
    [property: Id(2)] string? Id = null);
