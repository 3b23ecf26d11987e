namespace AfterSales.Silo.Hosting;

/// <summary>Where the service keeps its data, and the configuration outside the web host (the token command).</summary>
public static class HostSettings
{
    /// <summary>Configuration key of the data directory; default <c>./data</c> of the working directory.</summary>
    public const string DataDirectoryKey = "Storage:DataDirectory";

    public static string DataDirectory(IConfiguration configuration)
    {
        var dir = Path.GetFullPath(configuration[DataDirectoryKey] ?? "data");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>The same sources as the web host: appsettings, environment variables, command line.</summary>
    public static IConfiguration LoadConfiguration(string[] args) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
}
