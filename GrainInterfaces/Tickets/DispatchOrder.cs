namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.DispatchOrder")]
public sealed record DispatchOrder(
    [property: Id(0)] string EngineerId,
    [property: Id(1)] IReadOnlyList<string> Tools,
    [property: Id(2)] IReadOnlyList<string> Parts);
