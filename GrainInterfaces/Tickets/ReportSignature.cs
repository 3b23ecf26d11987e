using System.ComponentModel.DataAnnotations;
using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.ReportSignature")]
public sealed record ReportSignature(
    [property: Id(0), ShortText] string? SignedBy = null,
    [property: Id(1)] bool Refused = false,
    [property: Id(2), LongText] string? Reason = null,
    [property: Id(3), Range(1, 5)] int? Rating = null);
