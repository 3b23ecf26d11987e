using AfterSales.GrainInterfaces.Common.Limits;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// A file stored by the HTTP layer (its bytes are durable before this command is sent), to be recorded as the
/// ticket's evidence; <c>Replaces</c> names an attachment of the same kind whose place the new file takes.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.NewAttachment")]
public sealed record NewAttachment(
    [property: Id(0)] AttachmentKind Kind,
    [property: Id(1), ShortText] string FileName,
    [property: Id(2), ShortText] string ContentType,
    [property: Id(3)] long Bytes,
    [property: Id(4), ShortText] string Sha256,
    [property: Id(5)] DateTimeOffset? TakenAt = null,
    [property: Id(6)] GeoPoint? Location = null,
    [property: Id(7), ShortText] string? Caption = null,
    [property: Id(8), Identifier] string? Replaces = null);
