namespace AfterSales.Dashboard.Reporting;

/// <summary>One page of a list and the cursor of the next (null on the last page).</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, string? Next);
