namespace AfterSales.GrainInterfaces.Tickets;

[GenerateSerializer, Immutable, Alias("AfterSales.TicketFilter")]
public sealed record TicketFilter(
    [property: Id(0)] TicketStatus? Status = null,
    [property: Id(1)] string? EngineerId = null,
    [property: Id(2)] string? CustomerId = null,
    [property: Id(3)] string? StationId = null,
    [property: Id(4)] bool? Breached = null,
    [property: Id(5)] bool? SlaPending = null,
    [property: Id(6)] bool? OldPartsOutstanding = null,
    [property: Id(7)] bool? Open = null,
    [property: Id(8)] string? Region = null)
{
    public bool Matches(TicketSummary s) =>
        (Status is null || s.Status == Status)
        && (EngineerId is null || s.EngineerId == EngineerId)
        && (CustomerId is null || s.CustomerId == CustomerId)
        && (StationId is null || s.StationId == StationId)
        && (Breached is null || s.Breached == Breached)
        && (SlaPending is null || (s.SlaDueAt is not null) == SlaPending)
        && (Open is null || (s.Status != TicketStatus.Closed) == Open)
        && (Region is null || string.Equals(s.Region, Region, StringComparison.OrdinalIgnoreCase))
        && (OldPartsOutstanding is null || (s.OutstandingOldParts is { Count: > 0 }) == OldPartsOutstanding);
}
