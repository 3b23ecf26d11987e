using AfterSales.GrainInterfaces.Reporting;

namespace AfterSales.Silo.Dashboard;

/// <summary>The current month's figures beside their targets.</summary>
public sealed record MonthFigures(string Month, ResponseTimeRow ResponseTimes, SatisfactionRow? Satisfaction, double SatisfactionTarget, int OverdueOldParts);
