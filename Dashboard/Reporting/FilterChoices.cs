namespace AfterSales.Dashboard.Reporting;

/// <summary>What the dashboard's filters offer: the regions, stations and engineers that exist, by name.</summary>
public sealed record FilterChoices(IReadOnlyList<string> Regions, IReadOnlyList<(string Id, string Name)> Stations, IReadOnlyList<(string Id, string Name)> Engineers);
