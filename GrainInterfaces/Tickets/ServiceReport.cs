namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// A service report, by phone or on site (R-TKT-8): product information, fault description, work done,
/// parts used and times, in duplicate. Signed or disputed by the customer on site (R-TKT-9), reviewed by the
/// service manager and filed with a scan (R-TKT-10). <see cref="SignedContentSha256"/> is the SHA-256 of the
/// content when it was signed; <see cref="MatchesSignature"/> tells whether the content still matches it.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ServiceReport")]
public sealed record ServiceReport(
    [property: Id(0)] ReportKind Kind,
    [property: Id(1)] ReportContent Content,
    [property: Id(2)] string WrittenBy,
    [property: Id(3)] DateTimeOffset SubmittedAt,
    [property: Id(4)] IReadOnlyList<ReportCopy> Copies,
    [property: Id(5)] SignatureState Signature,
    [property: Id(6)] string? SignedBy,
    [property: Id(7)] DateTimeOffset? SignedAt,
    [property: Id(8)] string? DisputeReason,
    [property: Id(9)] string? SignedContentSha256,
    [property: Id(10)] string ContentSha256,
    [property: Id(11)] bool? MatchesSignature,
    [property: Id(12)] ReviewState Review,
    [property: Id(13)] string? ReviewComment,
    [property: Id(14)] string? ReviewedBy,
    [property: Id(15)] DateTimeOffset? ReviewedAt,
    [property: Id(16)] string? ScanRef,
    [property: Id(17)] DateTimeOffset? FiledAt,
    [property: Id(18)] int? CustomerRating = null);
