using AfterSales.Persistence.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSales.Silo.Health;

/// <summary>
/// The storage takes a write: the SQLite file is writable or PostgreSQL answers, inside a transaction of the
/// service's own writer (a no-op update, so nothing changes).
/// </summary>
public sealed class StorageCheck(SqlDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.Write((connection, transaction) =>
                SqlDatabase.Execute(connection, transaction, "UPDATE AfterSalesMigration SET DoneOn = DoneOn WHERE 1 = 0"));
            return HealthCheckResult.Healthy($"{(database.IsSqlite ? "SQLite" : "PostgreSQL")} takes writes");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"{(database.IsSqlite ? "SQLite" : "PostgreSQL")} does not take writes: {e.GetType().Name}");
        }
    }
}
