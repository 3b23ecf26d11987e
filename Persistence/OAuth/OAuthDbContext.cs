using AfterSales.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Persistence.OAuth;

/// <summary>
/// OpenIddict's stores (client apps, authorizations, tokens, scopes) in the service's database, SQLite or PostgreSQL as
/// the grain state. Its tables are made by the numbered migrations (<c>0004_oauth.sql</c>), never by Entity Framework.
/// </summary>
public sealed class OAuthDbContext(DbContextOptions<OAuthDbContext> options) : DbContext(options)
{
    /// <summary>The context's provider and connection: those of the service's <see cref="SqlDatabase"/>.</summary>
    public static void Configure(DbContextOptionsBuilder options, SqlDatabase database)
    {
        if (database.IsSqlite)
        {
            options.UseSqlite(database.ConnectionString);
        }
        else
        {
            options.UseNpgsql(database.ConnectionString);
        }

        options.UseOpenIddict();
    }
}
