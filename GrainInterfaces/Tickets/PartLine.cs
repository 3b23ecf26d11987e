using System.ComponentModel.DataAnnotations;
using AfterSales.GrainInterfaces.Common.Limits;
namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.PartLine")]
public sealed record PartLine(
    [property: Id(0), Identifier] string PartNo,
    [property: Id(1), Range(1, 100000)] int Quantity);
