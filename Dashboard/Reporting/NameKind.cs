namespace AfterSales.Dashboard.Reporting;

/// <summary>Whose names a page shows instead of ids.</summary>
public enum NameKind
{
    Customer,
    Engineer,
    Station,
}
