namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>A quality or technical problem found on site, for the quality department (R-TKT-6).</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.QualityRecord")]
public sealed record QualityRecord(
    [property: Id(0)] string TicketId,
    [property: Id(1)] string Note,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At);
