namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>The engineer is on site (R-TKT-5), with the machine's hours read on arrival (R-MCH-3), required once the machine has a reading.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.Arrival")]
public sealed record Arrival([property: Id(0)] double? Hours = null);
