using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Sites;

/// <summary>A customer training recorded with who recorded it and when (R-TRN-1/2).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.TrainingRecord")]
public sealed record TrainingRecord(
    [property: Id(0)] int Number,
    [property: Id(1)] TrainingPlace Place,
    [property: Id(2)] string EngineerId,
    [property: Id(3)] IReadOnlyList<string> MachineSerials,
    [property: Id(4)] string Plan,
    [property: Id(5)] IReadOnlyList<string> Materials,
    [property: Id(6)] IReadOnlyList<string> Attendees,
    [property: Id(7)] string RecordedBy,
    [property: Id(8)] Role RecordedByRole,
    [property: Id(9)] DateTimeOffset RecordedAt);
