namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.DispatchRecord")]
public sealed record DispatchRecord(
    [property: Id(0)] string EngineerId,
    [property: Id(1)] IReadOnlyList<string> Tools,
    [property: Id(2)] IReadOnlyList<string> Parts,
    [property: Id(3)] string By,
    [property: Id(4)] DateTimeOffset At);
