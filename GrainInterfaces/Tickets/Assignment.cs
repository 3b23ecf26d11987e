namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.Assignment")]
public sealed record Assignment(
    [property: Id(0)] string EngineerId);
