using Microsoft.Data.Sqlite;

namespace AfterSales.Silo.Hosting;

/// <summary>Applies the project's own SQLite schema for Orleans' ADO.NET grain storage, idempotently, at start-up.</summary>
public static class SqliteSchema
{
    public static void Apply(string connectionString)
    {
        var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Storage", "Sqlite", "schema.sql"));
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = script;
        command.ExecuteNonQuery();
    }
}
