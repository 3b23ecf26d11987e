using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.CodeOfConduct;

/// <summary>A change application with its decision and the version it made.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ChangeRecord")]
public sealed record ChangeRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] ChangeApplication Application,
    [property: Id(2)] string FiledBy,
    [property: Id(3)] Role FiledByRole,
    [property: Id(4)] DateTimeOffset FiledAt,
    [property: Id(5)] ChangeState State,
    [property: Id(6)] string? SignedBy = null,
    [property: Id(7)] string? DecidedBy = null,
    [property: Id(8)] DateTimeOffset? DecidedAt = null,
    [property: Id(9)] DateOnly? ImplementationDate = null,
    [property: Id(10)] string? RejectionReasons = null,
    [property: Id(11)] int? ResultingVersion = null);
