namespace AfterSales.Persistence.Storage;

/// <summary><c>Storage:Provider</c>: the embedded default, or PostgreSQL for a production cluster.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
