using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.OldPartDisposition")]
public sealed record OldPartDisposition(
    [property: Id(0)] DispositionKind Kind,
    [property: Id(1), LongText] string Result);
