namespace AfterSales.Persistence.ReadModels;

/// <summary>One page of a list and the cursor of the next one (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);
