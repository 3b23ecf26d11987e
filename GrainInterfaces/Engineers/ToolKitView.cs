using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Engineers;

[GenerateSerializer, Immutable, Alias("AfterSales.ToolKitView")]
public sealed record ToolKitView(
    [property: Id(0)] ProductLine ProductLine,
    [property: Id(1)] IReadOnlyList<string> Tools,
    [property: Id(2)] string? SetBy,
    [property: Id(3)] DateTimeOffset? SetAt);
