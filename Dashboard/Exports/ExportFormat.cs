namespace AfterSales.Dashboard.Exports;

/// <summary>The spreadsheet formats a report or list is exported in (docs/api.md "Documents and exports").</summary>
public enum ExportFormat
{
    Xlsx,
    Csv,
}
