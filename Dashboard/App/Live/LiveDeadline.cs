namespace AfterSales.Dashboard.App.Live;

/// <summary>A running deadline as a live page counts it down: its kind (R-TKT-3, R-TKT-5) and when it falls due on the business calendar.</summary>
public sealed record LiveDeadline(string Kind, DateTimeOffset Due);
