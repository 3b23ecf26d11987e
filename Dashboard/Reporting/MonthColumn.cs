using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Dashboard.Reporting;

/// <summary>One month's figures beside their targets: its label, the query of its days, its response times and satisfaction.</summary>
public sealed record MonthColumn(string Label, DashboardQuery Query, ResponseTimeRow Times, SatisfactionRow Satisfaction);
