using System.ComponentModel.DataAnnotations;
using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.Confirmation")]
public sealed record Confirmation(
    [property: Id(0)] bool Solved,
    [property: Id(1), Range(1, 5)] int? Rating = null,
    [property: Id(2), LongText] string? Comment = null);
