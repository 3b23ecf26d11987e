using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.Assignment")]
public sealed record Assignment(
    [property: Id(0), Identifier] string EngineerId);
