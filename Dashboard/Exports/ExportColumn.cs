namespace AfterSales.Dashboard.Exports;

/// <summary>A column of an export: its header in English and in Chinese, and its value in a row as its reader reads it.</summary>
public sealed record ExportColumn<T>(string English, string Chinese, Func<T, ExportReader, object?> Value);
