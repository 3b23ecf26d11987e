namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// What the anonymous verification page may say of a printed report (docs/api.md "Documents and exports"): whether a report
/// with this fingerprint exists, whether it is still unchanged, when it was signed; nothing else.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ReportVerification")]
public sealed record ReportVerification(
    [property: Id(0)] bool Found,
    [property: Id(1)] bool Unchanged,
    [property: Id(2)] SignatureState? Signature,
    [property: Id(3)] DateTimeOffset? SignedAt);
