namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>An attachment a report rests on, by its id and the SHA-256 of its bytes when the report was written.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.EvidenceHash")]
public sealed record EvidenceHash(
    [property: Id(0)] string AttachmentId,
    [property: Id(1)] string Sha256);
