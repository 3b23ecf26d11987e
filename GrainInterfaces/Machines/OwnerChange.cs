using AfterSales.GrainInterfaces.Common.Limits;

namespace AfterSales.GrainInterfaces.Machines;

/// <summary>R-MCH-1: the machine belongs to <see cref="CustomerId"/> since <see cref="Since"/>.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.OwnerChange")]
public sealed record OwnerChange(
    [property: Id(0), Identifier] string CustomerId,
    [property: Id(1), ApiDate] DateOnly Since);

/// <summary>An owner of the machine and since when (R-MCH-1).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.OwnerRecord")]
public sealed record OwnerRecord(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] DateOnly Since);
