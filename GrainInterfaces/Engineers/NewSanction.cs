using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Engineers;

[GenerateSerializer, Immutable, Alias("AfterSales.NewSanction")]
public sealed record NewSanction(
    [property: Id(0)] SanctionKind Kind,
    [property: Id(1), LongText] string Reason);
