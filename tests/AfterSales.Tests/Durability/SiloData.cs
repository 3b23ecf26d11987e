using Microsoft.Data.Sqlite;

namespace AfterSales.Tests.Durability;

/// <summary>A data directory of a test's own for silo processes on the SQLite default, deleted at the end.</summary>
public sealed class SiloData(string name) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory($"aftersales-{name}-").FullName;

    /// <summary>Settings for a silo on this directory, with new ports each time.</summary>
    public Dictionary<string, string> Settings() => ProcessSettings.For([new("Storage:DataDirectory", Path)]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the system.
        }
    }
}
