using System.Data.Common;

namespace AfterSales.Silo.Hosting;

/// <summary>
/// Applies the project's own schema scripts (Storage/&lt;provider&gt;/schema.sql) at start-up. Each script is
/// idempotent: it creates what is missing and upgrades the stored queries, never dropping data.
/// </summary>
public static class SchemaScripts
{
    public static void Apply(DbConnection connection, string provider)
    {
        var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Storage", provider, "schema.sql"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = script;
        command.ExecuteNonQuery();
    }
}
