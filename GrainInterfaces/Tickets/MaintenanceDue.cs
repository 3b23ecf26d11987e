namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>
/// The due point a preventive-maintenance ticket serves (R-PM-2): the task of the plan (<c>first-visit</c> for R-PM-3),
/// due on a day or at the hours, whichever comes first.
/// </summary>
[GenerateSerializer, Immutable, Alias("AfterSales.MaintenanceDue")]
public sealed record MaintenanceDue(
    [property: Id(0)] string Task,
    [property: Id(1)] DateOnly? DueOn,
    [property: Id(2)] double? DueAtHours);
