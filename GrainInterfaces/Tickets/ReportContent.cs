using System.Text.Json.Serialization;
using AfterSales.GrainInterfaces.Common;

namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// What a service report says (R-TKT-8); the part that is signed and fingerprinted, with the SHA-256 of each evidence
/// file it rests on (absent from reports written before files were kept, so their fingerprints stay as they were).
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ReportContent")]
public sealed record ReportContent(
    [property: Id(0)] string TicketId,
    [property: Id(1)] string MachineSerial,
    [property: Id(2)] ProductLine ProductLine,
    [property: Id(3)] string? Model,
    [property: Id(4)] string FaultDescription,
    [property: Id(5)] string WorkDone,
    [property: Id(6)] IReadOnlyList<string> PartsUsed,
    [property: Id(7)] DateTimeOffset ReceivedAt,
    [property: Id(8)] DateTimeOffset? FirstContactAt,
    [property: Id(9)] DateTimeOffset? ArrivedAt,
    [property: Id(10)] DateTimeOffset? ResolvedAt,
    [property: Id(11), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceHash>? Evidence = null);
