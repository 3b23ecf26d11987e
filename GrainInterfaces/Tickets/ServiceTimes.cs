namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>First response and time to site in wall-clock hours, beside their targets (R-TKT-3, R-TKT-5); the deadlines on the business calendar are in <see cref="TicketView.Sla"/>.</summary>
[GenerateSerializer, Immutable, Alias("AfterSales.ServiceTimes")]
public sealed record ServiceTimes(
    [property: Id(0)] double? FirstResponseHours,
    [property: Id(1)] double TargetFirstResponseHours,
    [property: Id(2)] double? TimeToSiteHours,
    [property: Id(3)] double TargetTimeToSiteHours);
