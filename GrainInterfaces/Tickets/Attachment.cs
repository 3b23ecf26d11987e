namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// An evidence file of a ticket (or of a machine installed at a site: <c>SiteId</c>, <c>MachineSerial</c>, and no
/// ticket) as docs/api.md answers it: its bytes are kept by their SHA-256 (the file store), this record by its owner.
/// <c>TakenAt</c> and <c>Location</c> come from the photo's own EXIF, beside the upload time.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Attachment")]
public sealed record Attachment(
    [property: Id(0)] string Id,
    [property: Id(1)] string? TicketId,
    [property: Id(2)] AttachmentKind Kind,
    [property: Id(3)] string FileName,
    [property: Id(4)] string ContentType,
    [property: Id(5)] long Bytes,
    [property: Id(6)] string Sha256,
    [property: Id(7)] DateTimeOffset? TakenAt,
    [property: Id(8)] GeoPoint? Location,
    [property: Id(9)] string? Caption,
    [property: Id(10)] string UploadedBy,
    [property: Id(11)] DateTimeOffset UploadedAt,
    [property: Id(12)] string? SiteId = null,
    [property: Id(13)] string? MachineSerial = null);
