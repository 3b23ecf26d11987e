namespace AfterSales.GrainInterfaces.Reporting;

/// <summary>
/// Response times of the tickets received in one period, against their targets (docs/api.md "Reports").
/// <see cref="Breaches"/> counts missed deadlines, <see cref="BreachedTickets"/> the tickets that missed any: a ticket
/// late to answer and late on site is two breaches of one ticket.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ResponseTimeRow")]
public sealed record ResponseTimeRow(
    [property: Id(0)] string Period,
    [property: Id(1)] int Tickets,
    [property: Id(2)] double? FirstResponseP50Hours,
    [property: Id(3)] double? FirstResponseP90Hours,
    [property: Id(4)] double? TimeToSiteP50Hours,
    [property: Id(5)] double? TimeToSiteP90Hours,
    [property: Id(6)] double? ResolutionP50Hours,
    [property: Id(7)] double TargetFirstResponseHours,
    [property: Id(8)] double TargetTimeToSiteHours,
    [property: Id(9)] int Breaches,
    [property: Id(10)] int BreachedTickets = 0);
