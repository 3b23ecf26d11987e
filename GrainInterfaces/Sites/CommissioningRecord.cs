using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Sites;

/// <summary>
/// A machine commissioned: the date that starts its warranty (R-INS-5), the report and who keeps its original, and the
/// SHA-256 of what it says (with its scan's hash), which the printed report and its verification page show.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.CommissioningRecord")]
public sealed record CommissioningRecord(
    [property: Id(0)] DateOnly CommissionedOn,
    [property: Id(1)] DateTimeOffset RecordedAt,
    [property: Id(2)] string RecordedBy,
    [property: Id(3)] Role RecordedByRole,
    [property: Id(4)] IReadOnlyList<PartySignature> Signatures,
    [property: Id(5)] IReadOnlyList<PartyStamp> Stamps,
    [property: Id(6)] string? ScanRef,
    [property: Id(7)] OriginalCustodian OriginalKeptBy,
    [property: Id(8)] string? Sha256 = null);
