using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.DispatchOrder")]
public sealed record DispatchOrder(
    [property: Id(0), Identifier] string EngineerId,
    [property: Id(1), Items] IReadOnlyList<string> Tools,
    [property: Id(2), Items] IReadOnlyList<string> Parts);
