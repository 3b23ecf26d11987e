using AfterSales.Persistence.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSales.Silo.Health;

/// <summary>The project's schema is applied: every table the service writes and reads exists.</summary>
public sealed class SchemaCheck(SqlDatabase database) : IHealthCheck
{
    private static readonly string[] Tables =
        ["AfterSalesGrainState", "AfterSalesOutbox", "AfterSalesJournal", "AfterSalesIdempotency", "AfterSalesMigration", "RmTicket", "RmAlert", "RmOwner", "RmDirectory", "AfterSalesOAuthKey"];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = new List<string>();
        try
        {
            await using var connection = await database.Open();
            foreach (var table in Tables)
            {
                try
                {
                    await using var command = SqlDatabase.Command(connection, null, $"SELECT 1 FROM {table} WHERE 1 = 0");
                    await command.ExecuteScalarAsync(cancellationToken);
                }
                catch (System.Data.Common.DbException)
                {
                    missing.Add(table);
                }
            }
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"the schema cannot be read: {e.GetType().Name}");
        }

        return missing.Count == 0 ? HealthCheckResult.Healthy("applied") : HealthCheckResult.Unhealthy($"missing: {string.Join(", ", missing)}");
    }
}
